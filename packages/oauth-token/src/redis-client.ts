import { kindOf } from './check.ts';
import { fail, OAuthTokenError } from './errors.ts';
import { sanitize } from './sanitize.ts';

/**
 * Sends one Redis command (`['GET', key]`) and resolves to its reply; a failure is
 * `STORE_ERROR`, quoting the client's error with `secrets` masked.
 */
export type RedisSend = (
  args: readonly string[],
  secrets?: readonly (string | undefined)[],
) => Promise<unknown>;

type Method = (this: unknown, ...args: unknown[]) => Promise<unknown>;

/**
 * How to send a raw command with `client`, told apart by shape so that this package depends on
 * neither client: ioredis (5 or newer) has `call(name, ...args)` and a `status` string; node-redis
 * (the `redis` package, 4 or newer) has `sendCommand([name, ...args])` and an `isOpen` boolean.
 * ioredis is asked first: it has a `sendCommand` too, of another signature.
 */
export function redisSender(client: unknown): RedisSend {
  const { call, status, sendCommand, isOpen } = Object(client) as Record<string, unknown>;
  let send: (args: readonly string[]) => Promise<unknown>;
  if (typeof call === 'function' && typeof status === 'string') {
    send = (args) => (call as Method).apply(client, [...args]);
  } else if (typeof sendCommand === 'function' && typeof isOpen === 'boolean') {
    send = (args) => (sendCommand as Method).call(client, args);
  } else {
    return fail(
      'INVALID_OPTION',
      `options.client must be a connected client of node-redis (redis 4+) or ioredis 5+, got ${kindOf(client)}`,
    );
  }
  return async (args, secrets = []) => {
    try {
      return await send(args);
    } catch (error) {
      throw redisError(args[0] as string, error, secrets);
    }
  };
}

/**
 * A client's failure as `STORE_ERROR`. ioredis puts the command's arguments on its errors
 * (`command.args`: a whole token set for a save), so neither its error nor anything of it
 * but its name, code and message (with `secrets` masked) reaches the `cause`.
 */
export function redisError(
  command: string,
  error: unknown,
  secrets: readonly (string | undefined)[],
): OAuthTokenError {
  const { name, code, message } = Object(error) as Record<string, unknown>;
  const said = sanitize(typeof message === 'string' ? message : String(error), secrets);
  const cause = new Error(said);
  if (typeof name === 'string') cause.name = name;
  if (typeof code === 'string' || typeof code === 'number') Object.assign(cause, { code });
  return new OAuthTokenError('STORE_ERROR', `Redis ${command} failed: ${said}; check Redis and the client`, {
    cause,
  });
}
