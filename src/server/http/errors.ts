import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorResponse } from '@shared/contract.ts';
import type { Problem } from '@shared/filters.ts';

/** A failure the client can act on; every error response has the same JSON shape. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly parameter: string | undefined;

  constructor(status: ContentfulStatusCode, code: string, message: string, parameter?: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.parameter = parameter;
  }

  static fromProblem(p: Problem): ApiError {
    return new ApiError(400, p.code, p.message, p.parameter);
  }
}

export function errorBody(code: string, message: string, parameter?: string): ErrorResponse {
  return { error: parameter === undefined ? { code, message } : { code, parameter, message } };
}

export function sendError(c: Context, err: ApiError): Response {
  c.header('Cache-Control', 'no-store');
  return c.json(errorBody(err.code, err.message, err.parameter), err.status);
}
