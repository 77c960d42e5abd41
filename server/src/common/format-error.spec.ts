import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { formatGraphQLError } from './format-error';

describe('formatGraphQLError', () => {
  it('logs a failed query by its code and stack, never its SQL, values or parameters', () => {
    const logged: string[] = [];
    const spy = jest
      .spyOn(Logger.prototype, 'error')
      .mockImplementation((message: unknown) => void logged.push(String(message)));
    const driverError = Object.assign(
      new Error("Duplicate entry 'li.staff' for key 'user.username'"),
      { code: 'ER_DUP_ENTRY', errno: 1062 },
    );
    const failed = new QueryFailedError(
      'INSERT INTO `user`(`username`, `passwordHash`) VALUES (?, ?)',
      ['li.staff', '$argon2id$v=19$secret-hash'],
      driverError,
    );
    const answer = formatGraphQLError(
      { message: failed.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(failed.message, { originalError: failed }),
    );
    spy.mockRestore();
    expect(answer).toEqual({
      message: '服务器内部错误，请稍后重试',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged.join('\n')).toMatch(/QueryFailedError \(ER_DUP_ENTRY\)/);
    expect(logged.join('\n')).not.toMatch(/li\.staff|argon2|INSERT|passwordHash|Duplicate/);
  });

  it('answers graphql-js giving up on too many bad variables as BAD_USER_INPUT', () => {
    expect(
      formatGraphQLError(
        {
          message: 'Too many errors processing variables, error limit reached. Execution aborted.',
        },
        new Error('x'),
      ).extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', fields: {} });
  });
});
