/**
 * The registry did not give what a call asked for: `status` is null when no answer came (refused, timed out,
 * unreadable), else the HTTP status it answered with, and `code` the `error.code` of its error body. Callers
 * decide from these whether trying again can help.
 */
export class RegistryUnavailableError extends Error {
  /** The registry's error body as it came (its message, code and JSON pointers), for callers that pass it on. */
  readonly answer: unknown;

  constructor(
    message: string,
    readonly status: number | null,
    readonly code: string | null,
    options?: ErrorOptions & { answer?: unknown },
  ) {
    super(message, options);
    this.name = 'RegistryUnavailableError';
    this.answer = options?.answer;
  }
}

/** What an openapi-fetch call resolves to; `data` is typed by the operation's success response. */
export interface RegistryResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/**
 * The data of a successful call; null when the registry answered 404 (no such domain, product, version...).
 * Every other answer, and no answer at all, throws a RegistryUnavailableError.
 */
export async function dataOrNull<D>(call: Promise<RegistryResult<D>>): Promise<D | null> {
  const { data, error, response } = await settled(call);
  if (response.ok) return data as D;
  if (response.status === 404) return null;
  throw answerError(response, error);
}

/** Like dataOrNull, for callers to whom a 404 is as much a failure as any other error: it throws too. */
export async function requireData<D>(call: Promise<RegistryResult<D>>): Promise<D> {
  const { data, error, response } = await settled(call);
  if (response.ok) return data as D;
  throw answerError(response, error);
}

/** The result, with any failure to get or read the answer as a RegistryUnavailableError without status. */
async function settled<D>(call: Promise<RegistryResult<D>>): Promise<RegistryResult<D>> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof RegistryUnavailableError) throw error;
    const message = `the registry's answer could not be read: ${(error as Error).message}`;
    throw new RegistryUnavailableError(message, null, null, { cause: error });
  }
}

function answerError(response: Response, body: unknown): RegistryUnavailableError {
  const { message, code } = errorOf(body);
  // The path without its query, which may carry cursors and search terms not worth logging.
  const path = response.url === '' ? '' : ` to ${new URL(response.url).pathname}`;
  return new RegistryUnavailableError(
    `registry answered ${response.status}${path}${message === null ? '' : `: ${message}`}`,
    response.status,
    code,
    { answer: body },
  );
}

/** The message and code of the platform's error body, `{ error: { code, message } }`; nulls for any other body. */
function errorOf(body: unknown): { message: string | null; code: string | null } {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error !== 'object' || error === null) {
    return { message: typeof body === 'string' && body !== '' ? body.slice(0, 300) : null, code: null };
  }
  const { message, code } = error as { message?: unknown; code?: unknown };
  return { message: typeof message === 'string' ? message : null, code: typeof code === 'string' ? code : null };
}
