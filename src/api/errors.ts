// Every error leaves the API as JSON {error, message} with a 4xx/5xx code and never a stack trace.
import type { FastifyError, FastifyInstance } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { InputError } from '../core/types.ts';

/** an error whose message is safe to show to the client */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function errorBody(status: number, message: string) {
  return { error: STATUS_CODES[status] ?? 'Error', message };
}

function describeValidation(err: FastifyError): string {
  const first = err.validation?.[0];
  if (!first) return err.message;
  const where = err.validationContext ?? 'request';
  const path = first.instancePath ? first.instancePath.replace(/^\//, '').replace(/\//g, '.') : '';
  const params = first.params as Record<string, unknown> | undefined;
  if (first.keyword === 'additionalProperties' && params?.additionalProperty) {
    return `${where}: unknown parameter "${String(params.additionalProperty)}"`;
  }
  if (first.keyword === 'enum' && Array.isArray(params?.allowedValues)) {
    return `${where}${path ? '.' + path : ''} must be one of: ${(params.allowedValues as string[]).join(', ')}`;
  }
  return `${where}${path ? '.' + path : ''} ${first.message ?? 'is invalid'}`;
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    let status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    let message: string;
    if (err.validation) {
      status = 400;
      message = describeValidation(err);
    } else if (err instanceof InputError) {
      // the store rejects bad input (cursor, edit values) with InputError: the client must fix it
      status = 400;
      message = err.message;
    } else if (err instanceof HttpError || (status >= 400 && status < 500)) {
      // client errors from fastify (body too large, bad JSON, rate limit) carry safe messages
      message = err.message;
    } else {
      req.log.error({ err }, 'request failed');
      message = 'internal error; the server log has details';
    }
    if (status === 429 && !message) message = 'rate limit exceeded, retry later';
    void reply.code(status).type('application/json; charset=utf-8').send(errorBody(status, (message || 'error').split('\n')[0]));
  });
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send(errorBody(404, `no route ${req.method} ${req.url.split('?')[0]}`));
  });
}
