import { buildWorld, startMesh, uniqueName, type MeshUnderTest, type World } from '@mesh/testing';
import {
  ACTORS,
  expectations,
  fill,
  loadMatrix,
  MATRIX_FILE,
  openApiRoutes,
  satisfies,
  templateOf,
  type Actor,
  type Answer,
  type RouteSpec,
} from './authorisation/matrix';

/**
 * Least privilege, checked route by route: every route of every service's OpenAPI document, called as each kind of
 * caller (admin, the domain's owner and member, another domain's owner, a grant holder, and no, a revoked or an
 * expired token), must answer what docs/authorisation-matrix.json says. A route the matrix does not list fails, so
 * a new route cannot ship without its row.
 */

// The registry comes last: asking it for access grants it, and the other owner must not hold a grant before then.
const SERVICES = ['catalog', 'governance', 'provisioning', 'quality', 'search', 'lineage', 'registry'] as const;
type Service = (typeof SERVICES)[number];

describe('the authorisation matrix', () => {
  let mesh: MeshUnderTest;
  let world: World;
  const matrix = loadMatrix();

  beforeAll(async () => {
    mesh = await startMesh('authz', { services: ['provisioning', 'quality', 'search', 'lineage'] });
    world = await buildWorld(mesh);
  }, 400_000);

  afterAll(async () => {
    await mesh?.stop();
  }, 120_000);

  const documentOf = async (service: Service) =>
    (await (await fetch(`${mesh.url(service)}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };

  it('lists every route of every service, and no route that is gone', async () => {
    const unlisted: string[] = [];
    const stale: string[] = [];
    for (const service of SERVICES) {
      const routes = openApiRoutes(await documentOf(service));
      const rows = Object.keys(matrix.services[service] ?? {});
      unlisted.push(...routes.filter((route) => !rows.includes(route)).map((route) => `${service} ${route}`));
      stale.push(...rows.filter((row) => !routes.includes(row)).map((route) => `${service} ${route}`));
    }
    expect({ unlisted, stale }).toEqual({ unlisted: [], stale: [] });
  });

  it('answers each caller of each route as the matrix says', async () => {
    const failures: string[] = [];
    let cells = 0;
    for (const service of SERVICES) {
      for (const [route, spec] of Object.entries(matrix.services[service] ?? {})) {
        const expected = expectations(matrix, route, spec);
        for (const actor of ACTORS) {
          cells += 1;
          const answer = await call(service, route, spec, actor);
          if (!satisfies(expected[actor], answer)) {
            const { status, challenge, body } = answer;
            failures.push(
              `${service} ${route} as ${actor}: ${status} (${challenge ?? 'no challenge'}, ${body.slice(0, 300)}), ` +
                `expected ${expected[actor]}`,
            );
          }
        }
      }
    }
    console.log(`authorisation matrix (${MATRIX_FILE}): ${cells} cells, ${cells - failures.length} passed`);
    expect(failures).toEqual([]);
  }, 600_000);

  async function call(service: Service, route: string, spec: RouteSpec, actor: Actor): Promise<Answer> {
    const [method, openApiPath] = route.split(' ');
    // Lower-case letters and digits: a valid name for a domain, a principal, a table and a subject alike.
    const unique = () => uniqueName('matrix').replace(/-/g, '');
    const path = fill(spec.path ?? templateOf(openApiPath), world.fixtures, unique);
    const query = new URLSearchParams(fill(spec.query ?? {}, world.fixtures, unique)).toString();
    const body = spec.body === undefined ? undefined : fill(spec.body, world.fixtures, unique);
    const token = world.tokens[actor];
    const response = await fetch(`${mesh.url(service)}${path}${query === '' ? '' : `?${query}`}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': spec.contentType ?? 'application/json' }),
        ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      method,
      status: response.status,
      challenge: response.headers.get('www-authenticate'),
      body: await response.text(),
    };
  }
});
