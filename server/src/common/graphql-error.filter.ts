import { type ArgumentsHost, Catch, InternalServerErrorException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { loggable } from './format-error';

const logger = new Logger('HTTP');

/**
 * Coded errors (bad input, conflicts, refusals) are answers, not failures: in GraphQL every
 * error goes to Apollo as it is, where formatGraphQLError answers it and logs only what a
 * failure was (never a query's values or parameters). Elsewhere Nest answers as usual, but a
 * failed query is logged the same careful way instead of as the whole error object, whose
 * `query` and `parameters` would put a password hash or a person's data into the log.
 */
@Catch()
export class GraphQLErrorFilter extends BaseExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    if (exception instanceof Error && ('query' in exception || 'driverError' in exception)) {
      logger.error(loggable(exception));
      return super.catch(new InternalServerErrorException(), host);
    }
    return super.catch(exception, host);
  }
}
