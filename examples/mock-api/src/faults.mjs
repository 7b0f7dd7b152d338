// The token endpoint's counters and fault switches, for the fleet simulation and its tests:
// how many refresh requests came, how many of them rotated, how many got
// invalid_grant; and a switch that makes the next refresh answers arrive late, after the
// refresh token was rotated, as a token endpoint that times out after doing its work (the
// client gives up and the new tokens are lost). Wraps the API's fetch handler; adds nothing else.

import { readParams } from './app.mjs';

const TOKEN_PATH = '/oauth/tokens';

export function tokenFaults() {
  const counts = { refreshRequests: 0, rotations: 0, invalidGrant: 0 };
  /** `lateAnswers` refresh answers (those that rotated) are held back `lateByMs` each. */
  const switches = { lateAnswers: 0, lateByMs: 0 };
  return {
    counts,
    switches,
    /** Sets every count back to 0. */
    reset: () => {
      for (const name of Object.keys(counts)) counts[name] = 0;
    },
    /** `handler` (Request -> Response) with the token endpoint counted and its faults applied. */
    wrap: (handler) => async (request) => {
      if (new URL(request.url).pathname !== TOKEN_PATH || request.method !== 'POST') return handler(request);
      // Read from a copy, as the API reads the request itself.
      const grant = (await readParams(request.clone()))?.grant_type;
      const response = await handler(request);
      if (grant !== 'refresh_token') return response;
      counts.refreshRequests++;
      if (response.ok) counts.rotations++;
      else if (
        (
          await response
            .clone()
            .json()
            .catch(() => ({}))
        ).error === 'invalid_grant'
      )
        counts.invalidGrant++;
      if (response.ok && switches.lateAnswers > 0) {
        switches.lateAnswers--;
        await new Promise((resolve) => setTimeout(resolve, switches.lateByMs)); // rotated, answering late
      }
      return response;
    },
  };
}
