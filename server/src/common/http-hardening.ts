import type { NestExpressApplication } from '@nestjs/platform-express';
import { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, Response } from 'express';
import { json } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/config';
import { RequestCounter } from './request-limits';

/** The largest GraphQL request body. */
export const MAX_JSON_BODY = 100 * 1024;

/** A refusal in the shape every GraphQL client already reads. */
function graphqlShaped(
  response: Response,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * The client's own policy: scripts and connections only from this origin; Ant Design writes
 * inline styles, ECharts draws on canvas (data: and blob: images for its exports).
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * Everything HTTP does before a request reaches a resolver or a controller: security headers,
 * the JSON body (malformed → 400, too large → 413, both GraphQL-shaped), request rates per
 * user and per address (429 with Retry-After), and no caching of spreadsheets.
 * Installed by createApp before Nest registers its routes; Nest's own body parser is off.
 */
export function hardenHttp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  const strict = helmet({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  // GraphiQL (development only) loads its page from a CDN; it keeps every header but the CSP.
  const developmentGraphiql = helmet({
    contentSecurityPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  app.use((request: Request, response: Response, next: NextFunction) =>
    !config.production && request.method === 'GET' && request.path === '/graphql'
      ? developmentGraphiql(request, response, next)
      : strict(request, response, next),
  );

  app.use(rateLimits(app, config));
  app.use(['/export', '/import'], (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Pragma', 'no-cache');
    next();
  });

  app.use(json({ limit: MAX_JSON_BODY }));
  app.use((error: unknown, _request: Request, response: Response, next: NextFunction) => {
    const { type, status } = (error ?? {}) as { type?: string; status?: number };
    if (type === 'entity.too.large' || status === 413)
      return graphqlShaped(
        response,
        413,
        'PAYLOAD_TOO_LARGE',
        `请求体过大（上限 ${MAX_JSON_BODY / 1024} KB）`,
      );
    if (status !== undefined && status >= 400 && status < 500)
      return graphqlShaped(
        response,
        status === 415 ? 415 : 400,
        'BAD_REQUEST',
        type === 'entity.parse.failed' ? '请求体不是有效的 JSON' : '请求格式不正确',
      );
    next(error);
  });
}

/** The signed-in user a request's bearer token names, for counting; null without a valid one. */
function userKeyOf(jwt: () => JwtService | null, request: Request): string | null {
  const header = request.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) return null;
  const service = jwt();
  if (!service) return null;
  try {
    const claims = service.verify<{ sub?: unknown }>(header.slice(7).trim());
    return typeof claims.sub === 'string' || typeof claims.sub === 'number'
      ? `user:${claims.sub}`
      : null;
  } catch {
    return null;
  }
}

function rateLimits(app: NestExpressApplication, config: AppConfig) {
  const { perUser, perAddress, windowSeconds } = config.requestLimits;
  const counter = new RequestCounter(windowSeconds * 1000);
  let jwt: JwtService | null | undefined;
  const jwtService = (): JwtService | null => {
    if (jwt === undefined) {
      try {
        jwt = app.get(JwtService, { strict: false });
      } catch {
        jwt = null;
      }
    }
    return jwt ?? null;
  };
  const limited = /^\/(graphql|export\/|import\/)/;
  return (request: Request, response: Response, next: NextFunction) => {
    if (!limited.test(request.path) || request.method === 'OPTIONS') return next();
    const address = counter.hit(`address:${request.ip ?? 'unknown'}`, perAddress);
    const userKey = userKeyOf(jwtService, request);
    const user = userKey ? counter.hit(userKey, perUser) : 0;
    const wait = Math.max(address, user);
    if (wait === 0) return next();
    graphqlShaped(response, 429, 'TOO_MANY_REQUESTS', `请求过于频繁，请 ${wait} 秒后再试`, {
      'Retry-After': String(wait),
    });
  };
}
