import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../../common/errors';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * The app's coded errors (the guard's "请先登录" included) as plain HTTP answers for the file
 * endpoints: the status the code stands for and a JSON body with the same message and fields.
 */
@Catch(GraphQLError)
export class HttpAppErrorFilter implements ExceptionFilter {
  catch(error: GraphQLError, host: ArgumentsHost): void {
    const code = error.extensions.code as ErrorCode;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(STATUS[code] ?? 500)
      .json({
        code,
        message: error.message,
        ...(error.extensions.fields ? { fields: error.extensions.fields } : {}),
        ...(error.extensions.rows ? { rows: error.extensions.rows } : {}),
      });
  }
}
