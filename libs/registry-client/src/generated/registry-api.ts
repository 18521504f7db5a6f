// Generated from libs/registry-client/openapi/registry.json by npm run generate -w libs/registry-client. DO NOT EDIT.

export interface paths {
    "/v1/principals/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A principal's tokens, newest first, without the tokens themselves
         * @description Platform admins for anyone, a domain owner for the principals of their domains, and a principal for itself.
         */
        get: operations["TokensController_list"];
        put?: never;
        /**
         * Create an API token for a principal; the answer is the only time it is shown
         * @description Platform admins for anyone, a domain owner for the principals of their domains, and a principal for itself.
         */
        post: operations["TokensController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a token
         * @description Platform admins for anyone, a domain owner for the principals of their domains, and a principal for itself. The registry refuses it at once; other services within 30 s (their introspection cache).
         */
        delete: operations["TokensController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Is a token active, and whose is it?
         * @description How the other services authenticate requests (libs/platform IntrospectionAuthenticator). Callable by platform services (`platform-service`) and platform admins only.
         */
        post: operations["IntrospectionController_introspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I: the principal of the token sent, its roles and domains, the token’s expiry */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first
         * @description The whole mesh's: the registry's own changes (with the subject before and after) and every write request another service answered, allowed or refused (with its path and status). Platform and governance admins see every entry; a domain owner sees the entries of their domains. Follow `nextCursor` for older entries.
         */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Principals by name, a page at a time; with `domain`, those holding a role in it */
        get: operations["PrincipalsController_list"];
        put?: never;
        /**
         * Create a user or service principal
         * @description Platform admins grant any roles. A domain owner creates principals of their own domains: owner, member or consumer roles in domains they own (and consumer without a domain beside them).
         */
        post: operations["PrincipalsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A principal with its roles */
        get: operations["PrincipalsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Domains by name, a page at a time */
        get: operations["DomainsController_list"];
        put?: never;
        /** Register a domain (platform admins); emits domain.created */
        post: operations["DomainsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A domain */
        get: operations["DomainsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a domain's title, description or owning team (its owners, platform admins) */
        patch: operations["DomainsController_update"];
        trace?: never;
    };
    "/v1/principals/{id}/kafka-credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A Kafka login for a domain pipeline; the answer is the only time the password is shown
         * @description A SCRAM-SHA-512 user named by the principal's id, allowed to write and read the topics of the products of the domains it is a member or owner of, and nothing of the platform's own streams; read access to other domains' topics comes with grants. Issuing again rotates the password. Platform admins for anyone, a domain owner for the principals of their domains, and a principal for itself.
         */
        post: operations["KafkaCredentialsController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{domain}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product with every version and its lifecycle state */
        get: operations["ProductsController_get"];
        /**
         * Apply a descriptor (writers of its domain); emits product.version.proposed for a new version
         * @description The same descriptor again creates nothing (200, created false); a changed one becomes a new version in `proposed` (201). Its version must be new and cover its changes since the highest version not rejected: a breaking change needs a new major. `dryRun=true` checks everything and stores nothing.
         */
        put: operations["ProductsController_apply"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products by domain and name, a page at a time */
        get: operations["ProductsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{domain}/{name}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The descriptor of a version as stored
         * @description `format=odcs` gives its contract as an ODCS v3.1 document, with the status of the version.
         */
        get: operations["ProductsController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{domain}/{name}/versions/{version}/deprecate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deprecate a published version (writers of its domain); emits product.version.deprecated
         * @description The version keeps resolving until its sunset, then retires (product.version.retired).
         */
        post: operations["DeprecationController_deprecate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resolve a mesh address to the latest readable version of its major and its output ports
         * @description Readable means published, or deprecated and before its sunset. Each port comes with its Iceberg table (catalog URI, namespace, table) or its Kafka topic.
         */
        get: operations["AddressesController_resolve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{domain}/{name}/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's access requests, newest first (writers of its domain) */
        get: operations["AccessController_listForProduct"];
        put?: never;
        /** Ask for access to a product; emits access.requested (and access.granted when approval is auto) */
        post: operations["AccessController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{domain}/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Access requests for any product of a domain, newest first (writers of the domain) */
        get: operations["AccessController_listForDomain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A principal's access requests, newest first: one's own, or anyone's for admins */
        get: operations["AccessController_listForPrincipal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a pending request (writers of the owning domain); emits access.granted */
        post: operations["AccessController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-requests/{id}/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deny a pending request (writers of the owning domain); emits access.denied */
        post: operations["AccessController_deny"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-requests/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a grant (writers of the owning domain, or its holder); emits access.revoked */
        post: operations["AccessController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorDetail: {
            /**
             * @description JSON pointer (RFC 6901) to the offending part of the input
             * @example /name
             */
            pointer: string;
            message: string;
        };
        ErrorDescription: {
            /** @example 403 */
            status: number;
            /** @example forbidden */
            code: string;
            /** @example missing right: domain-owner of domain 'sales' */
            message: string;
            /** @description One entry per invalid field */
            details?: components["schemas"]["ErrorDetail"][];
            /** @description On a 500 only: the id of the logged error */
            errorId?: string;
        };
        ErrorResponse: {
            error: components["schemas"]["ErrorDescription"];
        };
        CreateTokenRequest: {
            /**
             * @description What the token is for
             * @example ci-pipeline
             */
            name: string;
            /** @default 90 */
            expiresInDays?: number;
        };
        CreatedTokenDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description The token: shown this once, stored only as a hash
             * @example mesh_…
             */
            token: string;
            /** Format: date-time */
            expiresAt: string;
        };
        TokenDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            principalId: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @description To the minute
             */
            lastUsedAt: string | null;
        };
        IntrospectRequest: {
            /** @example mesh_… */
            token: string;
        };
        RoleGrantDto: {
            /** @enum {string} */
            role: "platform-admin" | "governance-admin" | "domain-owner" | "domain-member" | "consumer" | "platform-service" | "platform-reader" | "catalog-writer";
            /**
             * @description Required for domain-owner and domain-member, optional for consumer, absent otherwise
             * @example sales
             */
            domain?: string;
        };
        AuthenticatedPrincipalDto: {
            /** Format: uuid */
            id: string;
            /** @example sales-ingest */
            name: string;
            /** @enum {string} */
            kind: "user" | "service";
            roles: components["schemas"]["RoleGrantDto"][];
        };
        IntrospectionDto: {
            /** @description False for an unknown, expired or revoked token; nothing else is said then */
            active: boolean;
            /** @description When active */
            principal?: components["schemas"]["AuthenticatedPrincipalDto"];
            /**
             * Format: date-time
             * @description When active
             */
            expiresAt?: string;
        };
        MeDto: {
            /** @description The principal the token belongs to, with its roles */
            principal: components["schemas"]["AuthenticatedPrincipalDto"];
            /**
             * @description The domains the principal holds a role in
             * @example [
             *       "sales"
             *     ]
             */
            domains: string[];
            /**
             * Format: date-time
             * @description When the token the request carried expires
             */
            tokenExpiresAt: string;
        };
        AuditEntryDto: {
            /** @example 1042 */
            id: string;
            /** Format: date-time */
            at: string;
            /**
             * Format: uuid
             * @description Null when the registry acted itself
             */
            actor: string | null;
            /** @example domain.updated */
            action: string;
            /** @example urn:mesh:domain:sales */
            subject: string;
            /** @description The subject before the change; null on creation */
            before: Record<string, never> | null;
            /** @description The subject after the change */
            after: Record<string, never> | null;
            /**
             * @description The service that made the change or answered the request
             * @example governance
             */
            service: string;
            /** @description x-request-id of the request; null for work at start */
            requestId: string | null;
            /**
             * @description The path another service's write went to; null for the registry's own changes
             * @example /v1/policies/pii-needs-classification
             */
            path: string | null;
            /**
             * @description Another service's answer (401 and 403: refused attempts); null for the registry's own changes
             * @example 200
             */
            status: number | null;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            /** @description The `cursor` of the next page; null on the last one */
            nextCursor: string | null;
        };
        CreatePrincipalRequest: {
            /** @example sales-ingest */
            name: string;
            /** @enum {string} */
            kind: "user" | "service";
            roles: components["schemas"]["RoleGrantDto"][];
        };
        PrincipalDto: {
            /** Format: uuid */
            id: string;
            /** @example sales-ingest */
            name: string;
            /** @enum {string} */
            kind: "user" | "service";
            roles: components["schemas"]["RoleGrantDto"][];
            /** Format: date-time */
            createdAt: string;
        };
        PrincipalPageDto: {
            items: components["schemas"]["PrincipalDto"][];
            /** @description The `cursor` of the next page; null on the last one */
            nextCursor: string | null;
        };
        CreateDomainRequest: {
            /**
             * @description Kebab-case, at most 63 characters; never changes
             * @example sales
             */
            name: string;
            /** @example Sales */
            title: string;
            /** @example Orders, invoices and customers */
            description?: string;
            /**
             * @description The team accountable for the domain
             * @example team-sales
             */
            owningTeam: string;
        };
        DomainDto: {
            /** @example sales */
            name: string;
            /** @example Sales */
            title: string;
            description: string | null;
            /** @example team-sales */
            owningTeam: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        DomainPageDto: {
            items: components["schemas"]["DomainDto"][];
            /** @description The `cursor` of the next page; null on the last one */
            nextCursor: string | null;
        };
        UpdateDomainRequest: {
            title?: string;
            description?: string | null;
            owningTeam?: string;
        };
        KafkaCredentialsDto: {
            /**
             * Format: uuid
             * @description The SCRAM user: the principal's id
             */
            username: string;
            /** @description The password: shown this once; issuing again replaces it */
            password: string;
            /** @enum {string} */
            mechanism: "SCRAM-SHA-512";
            /**
             * @example [
             *       "127.0.0.1:9092"
             *     ]
             */
            bootstrapServers: string[];
            /**
             * @description Topics it may write and read: its domains' products' topics (`<domain>.<product>.v<major>.<port>`)
             * @example [
             *       "sales."
             *     ]
             */
            topicPrefixes: string[];
            /**
             * @description Consumer groups it may join start with this
             * @example 4f1c….
             */
            groupPrefix: string;
        };
        DescriptorMetadataDto: {
            /** @example orders */
            name: string;
            /** @example sales */
            domain: string;
            /**
             * @description The owning team
             * @example order-management
             */
            owner?: string;
            /** @example Orders */
            title: string;
            description: string;
            tags?: string[];
            /** @enum {string} */
            classification: "public" | "internal" | "confidential" | "restricted";
            /** @example 1.4.0 */
            version: string;
        };
        DescriptorDto: {
            /** @enum {string} */
            apiVersion: "mesh/v1";
            /** @enum {string} */
            kind: "DataProduct";
            metadata: components["schemas"]["DescriptorMetadataDto"];
            /** @description Input and output ports, contract and access, as libs/descriptor/schema/descriptor.schema.json says */
            spec: {
                [key: string]: unknown;
            };
        };
        AppliedVersionDto: {
            /** @example 1.4.0 */
            version: string;
            /** @enum {string} */
            state: "draft" | "proposed" | "approved" | "rejected" | "provisioning" | "published" | "deprecated" | "retired";
            /** @example sales */
            domain: string;
            /** @example orders */
            name: string;
            /** @example mesh://sales/orders/v1 */
            address: string;
            /** @description SHA-256 of the descriptor's canonical JSON */
            contentHash: string;
        };
        ContractChangeDto: {
            /** @enum {string} */
            level: "breaking" | "minor" | "patch";
            /** @example /spec/contract/schema/0/fields/3 */
            pointer: string;
            /** @example field 'total' removed: consumers reading it fail */
            reason: string;
        };
        ApplyResultDto: {
            /** @description Whether a new version was (in a dry run: would be) proposed */
            created: boolean;
            dryRun: boolean;
            version: components["schemas"]["AppliedVersionDto"];
            /** @description The version the changes were checked against */
            baseline: string | null;
            changes: components["schemas"]["ContractChangeDto"][];
        };
        VersionStateDto: {
            /** @example 1.4.0 */
            version: string;
            /** @enum {string} */
            state: "draft" | "proposed" | "approved" | "rejected" | "provisioning" | "published" | "deprecated" | "retired";
        };
        ProductListItemDto: {
            /** @example sales */
            domain: string;
            /** @example orders */
            name: string;
            /** @example Orders */
            title: string;
            description: string;
            /**
             * @description The owning team; null when the descriptor names none (governance rejects such a version)
             * @example order-management
             */
            owner: string | null;
            tags: string[];
            /** @enum {string} */
            classification: "public" | "internal" | "confidential" | "restricted";
            /**
             * @description The most recently proposed version, whose metadata these are
             * @example 1.4.0
             */
            latestVersion: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Every version, lowest first */
            versions: components["schemas"]["VersionStateDto"][];
        };
        ProductPageDto: {
            items: components["schemas"]["ProductListItemDto"][];
            /** @description The `cursor` of the next page; null on the last one */
            nextCursor: string | null;
        };
        PolicyViolationDto: {
            policyId: string;
            policyVersion: number;
            message: string;
            /** @enum {string} */
            severity: "blocking" | "warning" | "info";
        };
        PortDto: {
            /** @example orders */
            name: string;
            /** @enum {string} */
            type: "iceberg-table" | "kafka-topic";
            /**
             * @description Iceberg `namespace.table`, or the Kafka topic
             * @example sales.orders
             */
            address: string;
            provisioned: boolean;
        };
        ProvisioningFailureDto: {
            jobId: string;
            /** @description The failed port; null when not specific to one */
            port: string | null;
            reason: string;
            /** @description Attempts made; null when the registry refused the port */
            attempts: number | null;
            /** Format: date-time */
            failedAt: string;
        };
        ProvisioningDto: {
            /** Format: uuid */
            jobId: string;
            ports: components["schemas"]["PortDto"][];
            failure: components["schemas"]["ProvisioningFailureDto"] | null;
        };
        DeprecationDto: {
            /** Format: date-time */
            sunsetAt: string;
            /** @example mesh://sales/orders/v2 */
            replacement: string | null;
            reason: string | null;
        };
        VersionDto: {
            /** @example 1.4.0 */
            version: string;
            /** @enum {string} */
            state: "draft" | "proposed" | "approved" | "rejected" | "provisioning" | "published" | "deprecated" | "retired";
            /** @example mesh://sales/orders/v1 */
            address: string;
            contentHash: string;
            /** Format: date-time */
            proposedAt: string;
            /** Format: uuid */
            proposedBy: string | null;
            /** Format: date-time */
            stateChangedAt: string;
            decisionId: string | null;
            violations?: components["schemas"]["PolicyViolationDto"][] | null;
            /** @description From the start of provisioning on */
            provisioning: components["schemas"]["ProvisioningDto"] | null;
            deprecation: components["schemas"]["DeprecationDto"] | null;
        };
        ProductDto: {
            /** @example sales */
            domain: string;
            /** @example orders */
            name: string;
            /** @example Orders */
            title: string;
            description: string;
            /**
             * @description The owning team; null when the descriptor names none (governance rejects such a version)
             * @example order-management
             */
            owner: string | null;
            tags: string[];
            /** @enum {string} */
            classification: "public" | "internal" | "confidential" | "restricted";
            /**
             * @description The most recently proposed version, whose metadata these are
             * @example 1.4.0
             */
            latestVersion: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Every version, lowest first */
            versions: components["schemas"]["VersionDto"][];
        };
        OdcsContractDto: {
            /** @enum {string} */
            apiVersion: "v3.1.0";
            /** @enum {string} */
            kind: "DataContract";
            /** @example urn:mesh:contract:sales:orders */
            id: string;
            /** @example orders */
            name: string;
            /** @example 1.4.0 */
            version: string;
            /**
             * @description ODCS's status for the version's lifecycle state
             * @example active
             */
            status: string;
        };
        DeprecateRequest: {
            /**
             * @description When the version retires: an ISO 8601 date or date-time, in the future
             * @example 2027-06-30
             */
            sunsetAt: string;
            /**
             * @description Where consumers should move; must resolve
             * @example mesh://sales/orders/v2
             */
            replacement?: string;
            /** @example Superseded by v2, which keys orders by their public number */
            reason?: string;
        };
        IcebergLocationDto: {
            /**
             * @description Base URI of the Iceberg REST catalog
             * @example http://127.0.0.1:8181
             */
            catalogUri: string;
            /**
             * @description The domain
             * @example sales
             */
            namespace: string;
            /**
             * @description The served table; `_v<major>` appended for majors other than 1
             * @example orders
             */
            table: string;
            /** @example sales.orders */
            identifier: string;
        };
        KafkaLocationDto: {
            /**
             * @description <domain>.<product>.v<major>.<port>
             * @example sales.customers.v2.customers-changelog
             */
            topic: string;
        };
        ResolvedPortDto: {
            /** @example orders */
            name: string;
            /** @enum {string} */
            type: "iceberg-table" | "kafka-topic";
            description: string;
            /**
             * @description The table identifier or the topic, as events carry it
             * @example sales.orders
             */
            address: string;
            iceberg: components["schemas"]["IcebergLocationDto"] | null;
            kafka: components["schemas"]["KafkaLocationDto"] | null;
        };
        ResolutionDto: {
            /** @example mesh://sales/orders/v1 */
            address: string;
            /** @example sales */
            domain: string;
            /** @example orders */
            product: string;
            /** @example 1 */
            major: number;
            /**
             * @description The highest readable version of the major
             * @example 1.4.0
             */
            version: string;
            /**
             * @description published or deprecated
             * @enum {string}
             */
            state: "draft" | "proposed" | "approved" | "rejected" | "provisioning" | "published" | "deprecated" | "retired";
            deprecation: components["schemas"]["DeprecationDto"] | null;
            outputPorts: components["schemas"]["ResolvedPortDto"][];
        };
        CreateAccessRequest: {
            /**
             * @description Why access is needed, for the approvers
             * @example Monthly revenue reconciliation
             */
            purpose: string;
            /**
             * @description When access lapses: an ISO 8601 date or date-time, in the future
             * @example 2027-12-31
             */
            until: string;
            /**
             * Format: uuid
             * @description Who would receive access; the caller when absent
             */
            principal?: string;
        };
        ProductRefDto: {
            /** @example sales */
            domain: string;
            /** @example orders */
            name: string;
        };
        AccessRequestDto: {
            /** Format: uuid */
            id: string;
            product: components["schemas"]["ProductRefDto"];
            /**
             * Format: uuid
             * @description Who would receive access
             */
            principal: string;
            /** Format: uuid */
            requestedBy: string;
            purpose: string;
            /** Format: date-time */
            until: string;
            /** @enum {string} */
            state: "pending" | "granted" | "denied" | "revoked";
            /**
             * Format: uuid
             * @description Set once granted
             */
            grantId: string | null;
            /**
             * Format: uuid
             * @description Null when granted automatically
             */
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            reason: string | null;
            /** Format: uuid */
            revokedBy: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            revocationReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AccessRequestPageDto: {
            items: components["schemas"]["AccessRequestDto"][];
            /** @description The `cursor` of the next page; null on the last one */
            nextCursor: string | null;
        };
        DecisionRequest: {
            /** @example Purpose covered by the data sharing agreement */
            reason?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    TokensController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"][];
                };
            };
            /** @description Invalid input: the message (and details) name each problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such principal */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TokensController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTokenDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such principal */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TokensController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked, or already revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the message (and details) name each problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    IntrospectionController_introspect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntrospectRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntrospectionDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                cursor?: unknown;
                /** @description 1 to 200, 50 by default */
                limit?: number;
                /** @description Exclusive, ISO 8601 */
                until?: unknown;
                /** @description Inclusive, ISO 8601 */
                since?: unknown;
                action?: unknown;
                /** @description Id of the acting principal */
                actor?: unknown;
                /** @description The x-request-id of the write */
                requestId?: unknown;
                /** @description The service that answered */
                service?: unknown;
                /** @description URN of the changed entity */
                subject?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrincipalsController_list: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page */
                cursor?: unknown;
                /** @description 1 to 200, 50 by default */
                limit?: number;
                domain?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalPageDto"];
                };
            };
            /** @description Invalid input: the message (and details) name each problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrincipalsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePrincipalRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalDto"];
                };
            };
            /** @description Invalid body, or a role naming an unknown domain */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The name is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrincipalsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalDto"];
                };
            };
            /** @description Invalid input: the message (and details) name each problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DomainsController_list: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page */
                cursor?: unknown;
                /** @description 1 to 200, 50 by default */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainPageDto"];
                };
            };
            /** @description Invalid input: the message (and details) name each problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DomainsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDomainRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainDto"];
                };
            };
            /** @description Invalid body; each problem with its JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A domain with this name exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DomainsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainDto"];
                };
            };
            /** @description Invalid input: the message (and details) name each problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DomainsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                domain: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDomainRequest"];
            };
        };
        responses: {
            /** @description The domain after the change; emits domain.updated if it changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    KafkaCredentialsController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KafkaCredentialsDto"];
                };
            };
            /** @description Invalid input: the message (and details) name each problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such principal */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Kafka did not take the credentials */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProductsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                domain: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDto"];
                };
            };
            /** @description Invalid input: the message (and details) name each problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProductsController_apply: {
        parameters: {
            query?: {
                dryRun?: boolean;
            };
            header?: never;
            path: {
                domain: string;
                name: string;
            };
            cookie?: never;
        };
        /** @description The descriptor (apiVersion mesh/v1, kind DataProduct; libs/descriptor/schema), as YAML or JSON */
        requestBody: {
            content: {
                "application/yaml": components["schemas"]["DescriptorDto"];
                "text/yaml": components["schemas"]["DescriptorDto"];
                "application/x-yaml": components["schemas"]["DescriptorDto"];
                "application/json": components["schemas"]["DescriptorDto"];
            };
        };
        responses: {
            /** @description Nothing changed, or a dry run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplyResultDto"];
                };
            };
            /** @description A new version was proposed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplyResultDto"];
                };
            };
            /** @description Invalid descriptor; each problem with its JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such domain */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The version exists with other content, or does not cover its changes (each one with its pointer) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProductsController_list: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page */
                cursor?: string;
                /** @description 1 to 200, 50 by default */
                limit?: number;
                /** @description Part of the name or title, case-insensitive */
                q?: string;
                tag?: string;
                /** @description Has a version in this state */
                status?: "draft" | "proposed" | "approved" | "rejected" | "provisioning" | "published" | "deprecated" | "retired";
                domain?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProductsController_version: {
        parameters: {
            query?: {
                format?: "json" | "yaml" | "odcs";
            };
            header?: never;
            path: {
                domain: string;
                name: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The descriptor (`json`, the default, or `yaml`), or the ODCS contract (`odcs`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescriptorDto"] | components["schemas"]["OdcsContractDto"];
                    "application/yaml": components["schemas"]["DescriptorDto"];
                };
            };
            /** @description An unknown format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/yaml": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/yaml": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DeprecationController_deprecate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                domain: string;
                name: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeprecateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDto"];
                };
            };
            /** @description Invalid body; each problem with its JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The version is not published; the message says its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The replacement resolves to no readable version */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AddressesController_resolve: {
        parameters: {
            query: {
                address: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionDto"];
                };
            };
            /** @description Not a mesh address */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No readable version of that major */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AccessController_listForProduct: {
        parameters: {
            query?: {
                state?: "pending" | "granted" | "denied" | "revoked";
                /** @description 1 to 200, 50 by default */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                domain: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestPageDto"];
                };
            };
            /** @description Invalid query; each problem with its JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AccessController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                domain: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccessRequest"];
            };
        };
        responses: {
            /** @description Pending, or granted at once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description Invalid body; each problem with its JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such product or principal */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AccessController_listForDomain: {
        parameters: {
            query?: {
                state?: "pending" | "granted" | "denied" | "revoked";
                /** @description 1 to 200, 50 by default */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestPageDto"];
                };
            };
            /** @description Invalid query; each problem with its JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AccessController_listForPrincipal: {
        parameters: {
            query?: {
                state?: "pending" | "granted" | "denied" | "revoked";
                /** @description 1 to 200, 50 by default */
                limit?: number;
                /** @description `nextCursor` of the previous page */
                cursor?: string;
                /** @description Principal id; the caller by default */
                principal?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestPageDto"];
                };
            };
            /** @description Invalid query; each problem with its JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AccessController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description Invalid input: the message (and details) name each problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request is not pending; the message says its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AccessController_deny: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description Invalid input: the message (and details) name each problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request is not pending; the message says its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AccessController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description Invalid input: the message (and details) name each problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No token, or an invalid, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The principal lacks the right the message names */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request is not granted; the message says its state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
