"""A third-party GraphQL client against the mesh's gateway: Python `gql` (PyPI), public API only.

Over HTTP (RequestsHTTPTransport) it reads a product and runs a mutation; over the graphql-ws protocol
(WebsocketsTransport, subprotocol graphql-transport-ws) it subscribes to qualityAlerts. It prints one JSON line
per step on stdout, and "subscribed" once its subscription is open, when the test commits a bad snapshot through the
catalog. On the first `RAISED` alert it acknowledges the alert through the gateway, then waits for `ACKNOWLEDGED`.

    python gql_client.py <gateway-url> <token>
"""

import asyncio
import json
import sys

from gql import Client, gql
from gql.transport.requests import RequestsHTTPTransport
from gql.transport.websockets import WebsocketsTransport

PRODUCT = gql(
    """
    query Product($domain: String!, $name: String!) {
      product(domain: $domain, name: $name) {
        title status address
        version { ports { name type iceberg { identifier catalogUri } } }
      }
    }
    """
)

CREATE_DOMAIN = gql(
    """
    mutation CreateDomain($input: CreateDomainInput!) {
      createDomain(input: $input) { name title owningTeam }
    }
    """
)

ALERTS = gql(
    """
    subscription Alerts($domain: String) {
      qualityAlerts(domain: $domain) { type alertId product { domain name version } severity message }
    }
    """
)

ACKNOWLEDGE = gql(
    """
    mutation Acknowledge($id: ID!, $note: String) {
      acknowledgeAlert(id: $id, note: $note) { id state acknowledgementNote }
    }
    """
)


def emit(step: str, value) -> None:
    print(json.dumps({"step": step, "value": value}), flush=True)


async def main(url: str, token: str) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    http = Client(
        transport=RequestsHTTPTransport(url=f"{url}/graphql", headers=headers),
        fetch_schema_from_transport=True,
    )
    with http as session:
        emit("query", session.execute(PRODUCT, variable_values={"domain": "sales", "name": "orders"}))
        created = session.execute(
            CREATE_DOMAIN,
            variable_values={"input": {"name": "marketing", "title": "Marketing", "owningTeam": "growth"}},
        )
        emit("mutation", created)

    websocket = WebsocketsTransport(
        url=url.replace("http", "ws", 1) + "/graphql",
        init_payload=headers,
        subprotocols=[WebsocketsTransport.GRAPHQLWS_SUBPROTOCOL],
    )
    async with Client(transport=websocket) as subscription:
        alerts = subscription.subscribe(ALERTS, variable_values={"domain": "sales"})
        first = asyncio.ensure_future(alerts.__anext__())
        await asyncio.sleep(1)
        print("subscribed", flush=True)
        event = await asyncio.wait_for(first, timeout=120)
        emit("alert", event)
        raised = event["qualityAlerts"]
        with http as session:
            acknowledged = session.execute(
                ACKNOWLEDGE, variable_values={"id": raised["alertId"], "note": "looking into it (gql)"}
            )
            emit("acknowledge", acknowledged)
        while True:
            event = await asyncio.wait_for(alerts.__anext__(), timeout=60)
            emit("alert", event)
            if event["qualityAlerts"]["type"] == "ACKNOWLEDGED":
                break


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
