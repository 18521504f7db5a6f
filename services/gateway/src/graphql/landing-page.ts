import type { ApolloServerPlugin } from '@apollo/server';

/**
 * GraphiQL at /graphql when a browser asks for it. The page carries its scripts inline (the bundle of
 * @graphql-yoga/render-graphiql), so it works on machines with no internet, unlike the CDN-loaded pages Apollo and
 * Nest offer. Subscriptions in it go over graphql-ws on the same path. That bundle is 9 MB of JavaScript text, so it
 * is loaded when a browser first asks for the page, not at start: a gateway nobody opens GraphiQL on never holds it.
 */
export function graphiqlLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: renderPage };
        },
      };
    },
  };
}

async function renderPage(): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  return renderGraphiQL({
    title: 'Data Mesh GraphQL',
    endpoint: '/graphql',
    subscriptionsProtocol: 'WS',
    headers: JSON.stringify({ Authorization: 'Bearer <your mesh_ token>' }, null, 2),
    defaultQuery:
      '# Put your token in the Headers tab below, then run:\n{\n  me {\n    principal { name roles { role domain } }\n  }\n}\n',
  });
}
