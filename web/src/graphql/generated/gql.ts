/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment AlertFields on Alert {\n    id\n    domain\n    name\n    version\n    ruleKey\n    kind\n    severity\n    message\n    state\n    raisedCount\n    firstRaisedAt\n    lastRaisedAt\n    acknowledgedBy\n    acknowledgedAt\n    acknowledgementNote\n    resolvedAt\n    resolution\n  }\n': typeof types.AlertFieldsFragmentDoc;
  '\n  query Alerts($status: [AlertState!], $domain: String, $severity: [AlertSeverity!]) {\n    alerts(status: $status, domain: $domain, severity: $severity, first: 100) {\n      totalCount\n      nodes {\n        ...AlertFields\n      }\n    }\n  }\n': typeof types.AlertsDocument;
  '\n  mutation AcknowledgeAlert($id: ID!, $note: String) {\n    acknowledgeAlert(id: $id, note: $note) {\n      ...AlertFields\n    }\n  }\n': typeof types.AcknowledgeAlertDocument;
  '\n  subscription QualityAlerts {\n    qualityAlerts {\n      eventId\n      type\n      occurredAt\n      alertId\n      product {\n        domain\n        name\n        version\n      }\n      kind\n      severity\n      ruleId\n      message\n      actor\n      note\n      resolution\n    }\n  }\n': typeof types.QualityAlertsDocument;
  '\n  fragment ComplianceSummary on Compliance {\n    products\n    passing\n    passRate\n    openViolations {\n      total\n      blocking\n      warning\n    }\n    trend {\n      day\n      passRate\n      openViolations\n    }\n  }\n': typeof types.ComplianceSummaryFragmentDoc;
  '\n  query Governance {\n    policies(first: 100) {\n      nodes {\n        id\n        title\n        description\n        scope\n        severity\n        target\n        expression\n        message\n        revision\n        updatedBy\n        updatedAt\n        revisions {\n          revision\n          change\n          changedBy\n          changedAt\n          policy\n        }\n      }\n    }\n    compliance {\n      ...ComplianceSummary\n      domains {\n        domain\n        products\n        passing\n        passRate\n        openViolations {\n          total\n          blocking\n          warning\n        }\n      }\n    }\n    waivers(first: 100, includeInactive: true) {\n      nodes {\n        id\n        product\n        policyId\n        reason\n        expiresAt\n        approver\n        active\n      }\n    }\n  }\n': typeof types.GovernanceDocument;
  '\n  query DomainViolations($domain: String!) {\n    compliance(domain: $domain) {\n      violations\n    }\n  }\n': typeof types.DomainViolationsDocument;
  '\n  subscription GovernanceChanges {\n    complianceChanges {\n      eventId\n    }\n  }\n': typeof types.GovernanceChangesDocument;
  '\n  query Search(\n    $q: String\n    $filters: SearchFilters\n    $field: String\n    $withFields: Boolean!\n    $sort: SearchSort\n    $after: String\n  ) {\n    search(q: $q, filters: $filters, field: $field, sort: $sort, first: 20, after: $after) {\n      totalCount\n      totalExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        domain\n        name\n        title\n        description\n        owner\n        tags\n        classification\n        status\n        latestVersion\n        qualityTier\n        slaStatus\n        openAlerts\n        # The gateway fails the whole hit when matchedFields is asked for without a field.\n        matchedFields @include(if: $withFields)\n        highlights {\n          field\n          fragments\n        }\n      }\n      facets {\n        domain {\n          value\n          count\n        }\n        tag {\n          value\n          count\n        }\n        classification {\n          value\n          count\n        }\n        status {\n          value\n          count\n        }\n        portType {\n          value\n          count\n        }\n        qualityTier {\n          value\n          count\n        }\n        slaStatus {\n          value\n          count\n        }\n      }\n    }\n  }\n': typeof types.SearchDocument;
  '\n  query Suggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 8) {\n      text\n      domain\n      name\n      title\n    }\n  }\n': typeof types.SuggestDocument;
  '\n  query Flows {\n    flows(first: 50) {\n      nodes {\n        kind\n        domain\n        name\n        version\n        state\n        jobId\n        createdAt\n        updatedAt\n        completedAt\n        ports {\n          name\n          type\n          state\n          outcome\n          attempts\n          lastError\n        }\n      }\n    }\n  }\n': typeof types.FlowsDocument;
  '\n  mutation RetryFlow($domain: String!, $name: String!, $version: String!) {\n    retryFlow(domain: $domain, name: $name, version: $version) {\n      domain\n      name\n      version\n      state\n    }\n  }\n': typeof types.RetryFlowDocument;
  '\n  subscription ProvisioningProgress($domain: String!, $name: String!, $version: String) {\n    provisioningProgress(domain: $domain, name: $name, version: $version) {\n      eventId\n      type\n      port\n    }\n  }\n': typeof types.ProvisioningProgressDocument;
  '\n  subscription FlowLifecycle {\n    productLifecycle {\n      eventId\n    }\n  }\n': typeof types.FlowLifecycleDocument;
  '\n  query MeshStatus {\n    meshStatus {\n      services {\n        name\n        outboxUnsentRows\n        outboxLagSeconds\n        deadLetters\n      }\n      consumers {\n        group\n        topic\n        lag\n      }\n    }\n  }\n': typeof types.MeshStatusDocument;
  '\n  query Overview {\n    domains(first: 50) {\n      nodes {\n        name\n        title\n        owningTeam\n      }\n    }\n    products(first: 100) {\n      nodes {\n        domain\n        name\n        title\n        status\n        quality {\n          tier\n        }\n      }\n    }\n    mesh: search(first: 1, sort: NAME) {\n      totalCount\n      facets {\n        status {\n          value\n          count\n        }\n        qualityTier {\n          value\n          count\n        }\n      }\n    }\n    breaches: search(first: 20, sort: NAME, filters: { slaStatus: [BREACHED] }) {\n      totalCount\n      nodes {\n        domain\n        name\n        title\n      }\n    }\n    alerts(status: [OPEN], first: 100) {\n      totalCount\n      nodes {\n        ...AlertFields\n      }\n    }\n    compliance {\n      ...ComplianceSummary\n    }\n    flows(state: RUNNING, first: 20) {\n      totalCount\n      nodes {\n        domain\n        name\n        version\n        createdAt\n        ports {\n          name\n          state\n        }\n      }\n    }\n  }\n': typeof types.OverviewDocument;
  '\n  subscription OverviewLifecycle {\n    productLifecycle {\n      eventId\n    }\n  }\n': typeof types.OverviewLifecycleDocument;
  '\n  subscription OverviewSla {\n    slaEvents {\n      eventId\n    }\n  }\n': typeof types.OverviewSlaDocument;
  '\n  subscription OverviewCompliance {\n    complianceChanges {\n      eventId\n    }\n  }\n': typeof types.OverviewComplianceDocument;
  '\n  query Product($domain: String!, $name: String!, $version: String) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      title\n      description\n      owner\n      tags\n      classification\n      latestVersion\n      status\n      address\n      versions(first: 50) {\n        nodes {\n          version\n          state\n        }\n      }\n      version(version: $version) {\n        version\n        state\n        address\n        proposedAt\n        deprecation {\n          sunsetAt\n          replacement\n          reason\n        }\n        ports {\n          name\n          type\n          description\n          physicalName\n          provisioned\n          iceberg {\n            catalogUri\n            namespace\n            table\n            identifier\n          }\n          kafka {\n            topic\n            schemaSubject\n            schemaRegistryUrl\n          }\n          snippets {\n            label\n            language\n            code\n          }\n        }\n        contract {\n          ...ContractFields\n        }\n        sla {\n          freshness\n          freshnessPort\n          availability\n          status\n        }\n      }\n    }\n  }\n': typeof types.ProductDocument;
  '\n  fragment ContractFields on Contract {\n    tables {\n      name\n      description\n      fields {\n        name\n        type\n        description\n        required\n        primaryKey\n        unique\n        pii\n        classification\n      }\n    }\n    rules {\n      id\n      table\n      field\n      severity\n      dimension\n      description\n      metric\n    }\n  }\n': typeof types.ContractFieldsFragmentDoc;
  '\n  query VersionContract($domain: String!, $name: String!, $version: String!) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      version(version: $version) {\n        version\n        contract {\n          ...ContractFields\n        }\n      }\n    }\n  }\n': typeof types.VersionContractDocument;
  '\n  query ProductQuality($domain: String!, $name: String!) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      quality {\n        version\n        score\n        tier\n        latest {\n          id\n          runId\n          ruleId\n          port\n          snapshotId\n          severity\n          dimension\n          observed\n          threshold\n          outcome\n          message\n          checkedAt\n        }\n        results(first: 100) {\n          nodes {\n            id\n            runId\n            ruleId\n            outcome\n            observed\n            checkedAt\n          }\n        }\n        openAlerts {\n          ...AlertFields\n        }\n      }\n    }\n  }\n': typeof types.ProductQualityDocument;
  '\n  query ProductLineage($domain: String!, $name: String!, $depth: Int!) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      downstream: lineage(direction: DOWNSTREAM, depth: $depth, first: 30) {\n        nodes {\n          ...NeighbourFields\n          product {\n            domain\n            name\n            lineage(direction: DOWNSTREAM, depth: 1, first: 10) {\n              nodes {\n                domain\n                name\n              }\n            }\n          }\n        }\n      }\n      upstream: lineage(direction: UPSTREAM, depth: $depth, first: 30) {\n        nodes {\n          ...NeighbourFields\n          product {\n            domain\n            name\n            lineage(direction: UPSTREAM, depth: 1, first: 10) {\n              nodes {\n                domain\n                name\n              }\n            }\n          }\n        }\n      }\n      impact {\n        affected {\n          domain\n          name\n          depth\n          ownerTeam\n          state\n        }\n        detected\n      }\n    }\n  }\n': typeof types.ProductLineageDocument;
  '\n  fragment NeighbourFields on ProductNeighbour {\n    domain\n    name\n    state\n    latestVersion\n    ownerTeam\n    depth\n  }\n': typeof types.NeighbourFieldsFragmentDoc;
  '\n  query ProductAccess($domain: String!, $name: String!) {\n    me {\n      isAdmin\n      domains\n      principal {\n        id\n        name\n      }\n    }\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      access {\n        status\n        visibility\n        approval\n        request {\n          ...AccessRequestFields\n        }\n      }\n      accessRequests(first: 50) {\n        nodes {\n          ...AccessRequestFields\n        }\n      }\n    }\n  }\n': typeof types.ProductAccessDocument;
  '\n  fragment AccessRequestFields on AccessRequest {\n    id\n    principal\n    requestedBy\n    purpose\n    until\n    state\n    decidedBy\n    decidedAt\n    reason\n    createdAt\n  }\n': typeof types.AccessRequestFieldsFragmentDoc;
  '\n  mutation RequestAccess($domain: String!, $name: String!, $input: AccessRequestInput!) {\n    requestAccess(domain: $domain, name: $name, input: $input) {\n      ...AccessRequestFields\n    }\n  }\n': typeof types.RequestAccessDocument;
  '\n  mutation ApproveAccess($id: ID!) {\n    approveAccess(id: $id) {\n      ...AccessRequestFields\n    }\n  }\n': typeof types.ApproveAccessDocument;
  '\n  mutation DenyAccess($id: ID!, $reason: String) {\n    denyAccess(id: $id, reason: $reason) {\n      ...AccessRequestFields\n    }\n  }\n': typeof types.DenyAccessDocument;
  '\n  subscription AccessEvents($domain: String) {\n    accessRequests(domain: $domain) {\n      eventId\n      type\n      name\n      requestId\n    }\n  }\n': typeof types.AccessEventsDocument;
  '\n  query ProductGovernance($domain: String!, $name: String!, $version: String) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      version(version: $version) {\n        version\n        state\n        violations {\n          policyId\n          policyVersion\n          severity\n          message\n        }\n        decisions {\n          decisionId\n          trigger\n          outcome\n          evaluatedAt\n          waived\n          evaluations {\n            policyId\n            policyVersion\n            severity\n            outcome\n            message\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProductGovernanceDocument;
  '\n  query Me {\n    me {\n      isAdmin\n      domains\n      tokenExpiresAt\n      principal {\n        id\n        name\n        kind\n        roles {\n          role\n          domain\n        }\n      }\n    }\n  }\n': typeof types.MeDocument;
};
const documents: Documents = {
  '\n  fragment AlertFields on Alert {\n    id\n    domain\n    name\n    version\n    ruleKey\n    kind\n    severity\n    message\n    state\n    raisedCount\n    firstRaisedAt\n    lastRaisedAt\n    acknowledgedBy\n    acknowledgedAt\n    acknowledgementNote\n    resolvedAt\n    resolution\n  }\n':
    types.AlertFieldsFragmentDoc,
  '\n  query Alerts($status: [AlertState!], $domain: String, $severity: [AlertSeverity!]) {\n    alerts(status: $status, domain: $domain, severity: $severity, first: 100) {\n      totalCount\n      nodes {\n        ...AlertFields\n      }\n    }\n  }\n':
    types.AlertsDocument,
  '\n  mutation AcknowledgeAlert($id: ID!, $note: String) {\n    acknowledgeAlert(id: $id, note: $note) {\n      ...AlertFields\n    }\n  }\n':
    types.AcknowledgeAlertDocument,
  '\n  subscription QualityAlerts {\n    qualityAlerts {\n      eventId\n      type\n      occurredAt\n      alertId\n      product {\n        domain\n        name\n        version\n      }\n      kind\n      severity\n      ruleId\n      message\n      actor\n      note\n      resolution\n    }\n  }\n':
    types.QualityAlertsDocument,
  '\n  fragment ComplianceSummary on Compliance {\n    products\n    passing\n    passRate\n    openViolations {\n      total\n      blocking\n      warning\n    }\n    trend {\n      day\n      passRate\n      openViolations\n    }\n  }\n':
    types.ComplianceSummaryFragmentDoc,
  '\n  query Governance {\n    policies(first: 100) {\n      nodes {\n        id\n        title\n        description\n        scope\n        severity\n        target\n        expression\n        message\n        revision\n        updatedBy\n        updatedAt\n        revisions {\n          revision\n          change\n          changedBy\n          changedAt\n          policy\n        }\n      }\n    }\n    compliance {\n      ...ComplianceSummary\n      domains {\n        domain\n        products\n        passing\n        passRate\n        openViolations {\n          total\n          blocking\n          warning\n        }\n      }\n    }\n    waivers(first: 100, includeInactive: true) {\n      nodes {\n        id\n        product\n        policyId\n        reason\n        expiresAt\n        approver\n        active\n      }\n    }\n  }\n':
    types.GovernanceDocument,
  '\n  query DomainViolations($domain: String!) {\n    compliance(domain: $domain) {\n      violations\n    }\n  }\n':
    types.DomainViolationsDocument,
  '\n  subscription GovernanceChanges {\n    complianceChanges {\n      eventId\n    }\n  }\n':
    types.GovernanceChangesDocument,
  '\n  query Search(\n    $q: String\n    $filters: SearchFilters\n    $field: String\n    $withFields: Boolean!\n    $sort: SearchSort\n    $after: String\n  ) {\n    search(q: $q, filters: $filters, field: $field, sort: $sort, first: 20, after: $after) {\n      totalCount\n      totalExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        domain\n        name\n        title\n        description\n        owner\n        tags\n        classification\n        status\n        latestVersion\n        qualityTier\n        slaStatus\n        openAlerts\n        # The gateway fails the whole hit when matchedFields is asked for without a field.\n        matchedFields @include(if: $withFields)\n        highlights {\n          field\n          fragments\n        }\n      }\n      facets {\n        domain {\n          value\n          count\n        }\n        tag {\n          value\n          count\n        }\n        classification {\n          value\n          count\n        }\n        status {\n          value\n          count\n        }\n        portType {\n          value\n          count\n        }\n        qualityTier {\n          value\n          count\n        }\n        slaStatus {\n          value\n          count\n        }\n      }\n    }\n  }\n':
    types.SearchDocument,
  '\n  query Suggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 8) {\n      text\n      domain\n      name\n      title\n    }\n  }\n':
    types.SuggestDocument,
  '\n  query Flows {\n    flows(first: 50) {\n      nodes {\n        kind\n        domain\n        name\n        version\n        state\n        jobId\n        createdAt\n        updatedAt\n        completedAt\n        ports {\n          name\n          type\n          state\n          outcome\n          attempts\n          lastError\n        }\n      }\n    }\n  }\n':
    types.FlowsDocument,
  '\n  mutation RetryFlow($domain: String!, $name: String!, $version: String!) {\n    retryFlow(domain: $domain, name: $name, version: $version) {\n      domain\n      name\n      version\n      state\n    }\n  }\n':
    types.RetryFlowDocument,
  '\n  subscription ProvisioningProgress($domain: String!, $name: String!, $version: String) {\n    provisioningProgress(domain: $domain, name: $name, version: $version) {\n      eventId\n      type\n      port\n    }\n  }\n':
    types.ProvisioningProgressDocument,
  '\n  subscription FlowLifecycle {\n    productLifecycle {\n      eventId\n    }\n  }\n': types.FlowLifecycleDocument,
  '\n  query MeshStatus {\n    meshStatus {\n      services {\n        name\n        outboxUnsentRows\n        outboxLagSeconds\n        deadLetters\n      }\n      consumers {\n        group\n        topic\n        lag\n      }\n    }\n  }\n':
    types.MeshStatusDocument,
  '\n  query Overview {\n    domains(first: 50) {\n      nodes {\n        name\n        title\n        owningTeam\n      }\n    }\n    products(first: 100) {\n      nodes {\n        domain\n        name\n        title\n        status\n        quality {\n          tier\n        }\n      }\n    }\n    mesh: search(first: 1, sort: NAME) {\n      totalCount\n      facets {\n        status {\n          value\n          count\n        }\n        qualityTier {\n          value\n          count\n        }\n      }\n    }\n    breaches: search(first: 20, sort: NAME, filters: { slaStatus: [BREACHED] }) {\n      totalCount\n      nodes {\n        domain\n        name\n        title\n      }\n    }\n    alerts(status: [OPEN], first: 100) {\n      totalCount\n      nodes {\n        ...AlertFields\n      }\n    }\n    compliance {\n      ...ComplianceSummary\n    }\n    flows(state: RUNNING, first: 20) {\n      totalCount\n      nodes {\n        domain\n        name\n        version\n        createdAt\n        ports {\n          name\n          state\n        }\n      }\n    }\n  }\n':
    types.OverviewDocument,
  '\n  subscription OverviewLifecycle {\n    productLifecycle {\n      eventId\n    }\n  }\n':
    types.OverviewLifecycleDocument,
  '\n  subscription OverviewSla {\n    slaEvents {\n      eventId\n    }\n  }\n': types.OverviewSlaDocument,
  '\n  subscription OverviewCompliance {\n    complianceChanges {\n      eventId\n    }\n  }\n':
    types.OverviewComplianceDocument,
  '\n  query Product($domain: String!, $name: String!, $version: String) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      title\n      description\n      owner\n      tags\n      classification\n      latestVersion\n      status\n      address\n      versions(first: 50) {\n        nodes {\n          version\n          state\n        }\n      }\n      version(version: $version) {\n        version\n        state\n        address\n        proposedAt\n        deprecation {\n          sunsetAt\n          replacement\n          reason\n        }\n        ports {\n          name\n          type\n          description\n          physicalName\n          provisioned\n          iceberg {\n            catalogUri\n            namespace\n            table\n            identifier\n          }\n          kafka {\n            topic\n            schemaSubject\n            schemaRegistryUrl\n          }\n          snippets {\n            label\n            language\n            code\n          }\n        }\n        contract {\n          ...ContractFields\n        }\n        sla {\n          freshness\n          freshnessPort\n          availability\n          status\n        }\n      }\n    }\n  }\n':
    types.ProductDocument,
  '\n  fragment ContractFields on Contract {\n    tables {\n      name\n      description\n      fields {\n        name\n        type\n        description\n        required\n        primaryKey\n        unique\n        pii\n        classification\n      }\n    }\n    rules {\n      id\n      table\n      field\n      severity\n      dimension\n      description\n      metric\n    }\n  }\n':
    types.ContractFieldsFragmentDoc,
  '\n  query VersionContract($domain: String!, $name: String!, $version: String!) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      version(version: $version) {\n        version\n        contract {\n          ...ContractFields\n        }\n      }\n    }\n  }\n':
    types.VersionContractDocument,
  '\n  query ProductQuality($domain: String!, $name: String!) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      quality {\n        version\n        score\n        tier\n        latest {\n          id\n          runId\n          ruleId\n          port\n          snapshotId\n          severity\n          dimension\n          observed\n          threshold\n          outcome\n          message\n          checkedAt\n        }\n        results(first: 100) {\n          nodes {\n            id\n            runId\n            ruleId\n            outcome\n            observed\n            checkedAt\n          }\n        }\n        openAlerts {\n          ...AlertFields\n        }\n      }\n    }\n  }\n':
    types.ProductQualityDocument,
  '\n  query ProductLineage($domain: String!, $name: String!, $depth: Int!) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      downstream: lineage(direction: DOWNSTREAM, depth: $depth, first: 30) {\n        nodes {\n          ...NeighbourFields\n          product {\n            domain\n            name\n            lineage(direction: DOWNSTREAM, depth: 1, first: 10) {\n              nodes {\n                domain\n                name\n              }\n            }\n          }\n        }\n      }\n      upstream: lineage(direction: UPSTREAM, depth: $depth, first: 30) {\n        nodes {\n          ...NeighbourFields\n          product {\n            domain\n            name\n            lineage(direction: UPSTREAM, depth: 1, first: 10) {\n              nodes {\n                domain\n                name\n              }\n            }\n          }\n        }\n      }\n      impact {\n        affected {\n          domain\n          name\n          depth\n          ownerTeam\n          state\n        }\n        detected\n      }\n    }\n  }\n':
    types.ProductLineageDocument,
  '\n  fragment NeighbourFields on ProductNeighbour {\n    domain\n    name\n    state\n    latestVersion\n    ownerTeam\n    depth\n  }\n':
    types.NeighbourFieldsFragmentDoc,
  '\n  query ProductAccess($domain: String!, $name: String!) {\n    me {\n      isAdmin\n      domains\n      principal {\n        id\n        name\n      }\n    }\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      access {\n        status\n        visibility\n        approval\n        request {\n          ...AccessRequestFields\n        }\n      }\n      accessRequests(first: 50) {\n        nodes {\n          ...AccessRequestFields\n        }\n      }\n    }\n  }\n':
    types.ProductAccessDocument,
  '\n  fragment AccessRequestFields on AccessRequest {\n    id\n    principal\n    requestedBy\n    purpose\n    until\n    state\n    decidedBy\n    decidedAt\n    reason\n    createdAt\n  }\n':
    types.AccessRequestFieldsFragmentDoc,
  '\n  mutation RequestAccess($domain: String!, $name: String!, $input: AccessRequestInput!) {\n    requestAccess(domain: $domain, name: $name, input: $input) {\n      ...AccessRequestFields\n    }\n  }\n':
    types.RequestAccessDocument,
  '\n  mutation ApproveAccess($id: ID!) {\n    approveAccess(id: $id) {\n      ...AccessRequestFields\n    }\n  }\n':
    types.ApproveAccessDocument,
  '\n  mutation DenyAccess($id: ID!, $reason: String) {\n    denyAccess(id: $id, reason: $reason) {\n      ...AccessRequestFields\n    }\n  }\n':
    types.DenyAccessDocument,
  '\n  subscription AccessEvents($domain: String) {\n    accessRequests(domain: $domain) {\n      eventId\n      type\n      name\n      requestId\n    }\n  }\n':
    types.AccessEventsDocument,
  '\n  query ProductGovernance($domain: String!, $name: String!, $version: String) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      version(version: $version) {\n        version\n        state\n        violations {\n          policyId\n          policyVersion\n          severity\n          message\n        }\n        decisions {\n          decisionId\n          trigger\n          outcome\n          evaluatedAt\n          waived\n          evaluations {\n            policyId\n            policyVersion\n            severity\n            outcome\n            message\n          }\n        }\n      }\n    }\n  }\n':
    types.ProductGovernanceDocument,
  '\n  query Me {\n    me {\n      isAdmin\n      domains\n      tokenExpiresAt\n      principal {\n        id\n        name\n        kind\n        roles {\n          role\n          domain\n        }\n      }\n    }\n  }\n':
    types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AlertFields on Alert {\n    id\n    domain\n    name\n    version\n    ruleKey\n    kind\n    severity\n    message\n    state\n    raisedCount\n    firstRaisedAt\n    lastRaisedAt\n    acknowledgedBy\n    acknowledgedAt\n    acknowledgementNote\n    resolvedAt\n    resolution\n  }\n',
): (typeof documents)['\n  fragment AlertFields on Alert {\n    id\n    domain\n    name\n    version\n    ruleKey\n    kind\n    severity\n    message\n    state\n    raisedCount\n    firstRaisedAt\n    lastRaisedAt\n    acknowledgedBy\n    acknowledgedAt\n    acknowledgementNote\n    resolvedAt\n    resolution\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Alerts($status: [AlertState!], $domain: String, $severity: [AlertSeverity!]) {\n    alerts(status: $status, domain: $domain, severity: $severity, first: 100) {\n      totalCount\n      nodes {\n        ...AlertFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Alerts($status: [AlertState!], $domain: String, $severity: [AlertSeverity!]) {\n    alerts(status: $status, domain: $domain, severity: $severity, first: 100) {\n      totalCount\n      nodes {\n        ...AlertFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeAlert($id: ID!, $note: String) {\n    acknowledgeAlert(id: $id, note: $note) {\n      ...AlertFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeAlert($id: ID!, $note: String) {\n    acknowledgeAlert(id: $id, note: $note) {\n      ...AlertFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription QualityAlerts {\n    qualityAlerts {\n      eventId\n      type\n      occurredAt\n      alertId\n      product {\n        domain\n        name\n        version\n      }\n      kind\n      severity\n      ruleId\n      message\n      actor\n      note\n      resolution\n    }\n  }\n',
): (typeof documents)['\n  subscription QualityAlerts {\n    qualityAlerts {\n      eventId\n      type\n      occurredAt\n      alertId\n      product {\n        domain\n        name\n        version\n      }\n      kind\n      severity\n      ruleId\n      message\n      actor\n      note\n      resolution\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ComplianceSummary on Compliance {\n    products\n    passing\n    passRate\n    openViolations {\n      total\n      blocking\n      warning\n    }\n    trend {\n      day\n      passRate\n      openViolations\n    }\n  }\n',
): (typeof documents)['\n  fragment ComplianceSummary on Compliance {\n    products\n    passing\n    passRate\n    openViolations {\n      total\n      blocking\n      warning\n    }\n    trend {\n      day\n      passRate\n      openViolations\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Governance {\n    policies(first: 100) {\n      nodes {\n        id\n        title\n        description\n        scope\n        severity\n        target\n        expression\n        message\n        revision\n        updatedBy\n        updatedAt\n        revisions {\n          revision\n          change\n          changedBy\n          changedAt\n          policy\n        }\n      }\n    }\n    compliance {\n      ...ComplianceSummary\n      domains {\n        domain\n        products\n        passing\n        passRate\n        openViolations {\n          total\n          blocking\n          warning\n        }\n      }\n    }\n    waivers(first: 100, includeInactive: true) {\n      nodes {\n        id\n        product\n        policyId\n        reason\n        expiresAt\n        approver\n        active\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Governance {\n    policies(first: 100) {\n      nodes {\n        id\n        title\n        description\n        scope\n        severity\n        target\n        expression\n        message\n        revision\n        updatedBy\n        updatedAt\n        revisions {\n          revision\n          change\n          changedBy\n          changedAt\n          policy\n        }\n      }\n    }\n    compliance {\n      ...ComplianceSummary\n      domains {\n        domain\n        products\n        passing\n        passRate\n        openViolations {\n          total\n          blocking\n          warning\n        }\n      }\n    }\n    waivers(first: 100, includeInactive: true) {\n      nodes {\n        id\n        product\n        policyId\n        reason\n        expiresAt\n        approver\n        active\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DomainViolations($domain: String!) {\n    compliance(domain: $domain) {\n      violations\n    }\n  }\n',
): (typeof documents)['\n  query DomainViolations($domain: String!) {\n    compliance(domain: $domain) {\n      violations\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription GovernanceChanges {\n    complianceChanges {\n      eventId\n    }\n  }\n',
): (typeof documents)['\n  subscription GovernanceChanges {\n    complianceChanges {\n      eventId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Search(\n    $q: String\n    $filters: SearchFilters\n    $field: String\n    $withFields: Boolean!\n    $sort: SearchSort\n    $after: String\n  ) {\n    search(q: $q, filters: $filters, field: $field, sort: $sort, first: 20, after: $after) {\n      totalCount\n      totalExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        domain\n        name\n        title\n        description\n        owner\n        tags\n        classification\n        status\n        latestVersion\n        qualityTier\n        slaStatus\n        openAlerts\n        # The gateway fails the whole hit when matchedFields is asked for without a field.\n        matchedFields @include(if: $withFields)\n        highlights {\n          field\n          fragments\n        }\n      }\n      facets {\n        domain {\n          value\n          count\n        }\n        tag {\n          value\n          count\n        }\n        classification {\n          value\n          count\n        }\n        status {\n          value\n          count\n        }\n        portType {\n          value\n          count\n        }\n        qualityTier {\n          value\n          count\n        }\n        slaStatus {\n          value\n          count\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Search(\n    $q: String\n    $filters: SearchFilters\n    $field: String\n    $withFields: Boolean!\n    $sort: SearchSort\n    $after: String\n  ) {\n    search(q: $q, filters: $filters, field: $field, sort: $sort, first: 20, after: $after) {\n      totalCount\n      totalExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        domain\n        name\n        title\n        description\n        owner\n        tags\n        classification\n        status\n        latestVersion\n        qualityTier\n        slaStatus\n        openAlerts\n        # The gateway fails the whole hit when matchedFields is asked for without a field.\n        matchedFields @include(if: $withFields)\n        highlights {\n          field\n          fragments\n        }\n      }\n      facets {\n        domain {\n          value\n          count\n        }\n        tag {\n          value\n          count\n        }\n        classification {\n          value\n          count\n        }\n        status {\n          value\n          count\n        }\n        portType {\n          value\n          count\n        }\n        qualityTier {\n          value\n          count\n        }\n        slaStatus {\n          value\n          count\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Suggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 8) {\n      text\n      domain\n      name\n      title\n    }\n  }\n',
): (typeof documents)['\n  query Suggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 8) {\n      text\n      domain\n      name\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Flows {\n    flows(first: 50) {\n      nodes {\n        kind\n        domain\n        name\n        version\n        state\n        jobId\n        createdAt\n        updatedAt\n        completedAt\n        ports {\n          name\n          type\n          state\n          outcome\n          attempts\n          lastError\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Flows {\n    flows(first: 50) {\n      nodes {\n        kind\n        domain\n        name\n        version\n        state\n        jobId\n        createdAt\n        updatedAt\n        completedAt\n        ports {\n          name\n          type\n          state\n          outcome\n          attempts\n          lastError\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryFlow($domain: String!, $name: String!, $version: String!) {\n    retryFlow(domain: $domain, name: $name, version: $version) {\n      domain\n      name\n      version\n      state\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryFlow($domain: String!, $name: String!, $version: String!) {\n    retryFlow(domain: $domain, name: $name, version: $version) {\n      domain\n      name\n      version\n      state\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ProvisioningProgress($domain: String!, $name: String!, $version: String) {\n    provisioningProgress(domain: $domain, name: $name, version: $version) {\n      eventId\n      type\n      port\n    }\n  }\n',
): (typeof documents)['\n  subscription ProvisioningProgress($domain: String!, $name: String!, $version: String) {\n    provisioningProgress(domain: $domain, name: $name, version: $version) {\n      eventId\n      type\n      port\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription FlowLifecycle {\n    productLifecycle {\n      eventId\n    }\n  }\n',
): (typeof documents)['\n  subscription FlowLifecycle {\n    productLifecycle {\n      eventId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeshStatus {\n    meshStatus {\n      services {\n        name\n        outboxUnsentRows\n        outboxLagSeconds\n        deadLetters\n      }\n      consumers {\n        group\n        topic\n        lag\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeshStatus {\n    meshStatus {\n      services {\n        name\n        outboxUnsentRows\n        outboxLagSeconds\n        deadLetters\n      }\n      consumers {\n        group\n        topic\n        lag\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Overview {\n    domains(first: 50) {\n      nodes {\n        name\n        title\n        owningTeam\n      }\n    }\n    products(first: 100) {\n      nodes {\n        domain\n        name\n        title\n        status\n        quality {\n          tier\n        }\n      }\n    }\n    mesh: search(first: 1, sort: NAME) {\n      totalCount\n      facets {\n        status {\n          value\n          count\n        }\n        qualityTier {\n          value\n          count\n        }\n      }\n    }\n    breaches: search(first: 20, sort: NAME, filters: { slaStatus: [BREACHED] }) {\n      totalCount\n      nodes {\n        domain\n        name\n        title\n      }\n    }\n    alerts(status: [OPEN], first: 100) {\n      totalCount\n      nodes {\n        ...AlertFields\n      }\n    }\n    compliance {\n      ...ComplianceSummary\n    }\n    flows(state: RUNNING, first: 20) {\n      totalCount\n      nodes {\n        domain\n        name\n        version\n        createdAt\n        ports {\n          name\n          state\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Overview {\n    domains(first: 50) {\n      nodes {\n        name\n        title\n        owningTeam\n      }\n    }\n    products(first: 100) {\n      nodes {\n        domain\n        name\n        title\n        status\n        quality {\n          tier\n        }\n      }\n    }\n    mesh: search(first: 1, sort: NAME) {\n      totalCount\n      facets {\n        status {\n          value\n          count\n        }\n        qualityTier {\n          value\n          count\n        }\n      }\n    }\n    breaches: search(first: 20, sort: NAME, filters: { slaStatus: [BREACHED] }) {\n      totalCount\n      nodes {\n        domain\n        name\n        title\n      }\n    }\n    alerts(status: [OPEN], first: 100) {\n      totalCount\n      nodes {\n        ...AlertFields\n      }\n    }\n    compliance {\n      ...ComplianceSummary\n    }\n    flows(state: RUNNING, first: 20) {\n      totalCount\n      nodes {\n        domain\n        name\n        version\n        createdAt\n        ports {\n          name\n          state\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription OverviewLifecycle {\n    productLifecycle {\n      eventId\n    }\n  }\n',
): (typeof documents)['\n  subscription OverviewLifecycle {\n    productLifecycle {\n      eventId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription OverviewSla {\n    slaEvents {\n      eventId\n    }\n  }\n',
): (typeof documents)['\n  subscription OverviewSla {\n    slaEvents {\n      eventId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription OverviewCompliance {\n    complianceChanges {\n      eventId\n    }\n  }\n',
): (typeof documents)['\n  subscription OverviewCompliance {\n    complianceChanges {\n      eventId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Product($domain: String!, $name: String!, $version: String) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      title\n      description\n      owner\n      tags\n      classification\n      latestVersion\n      status\n      address\n      versions(first: 50) {\n        nodes {\n          version\n          state\n        }\n      }\n      version(version: $version) {\n        version\n        state\n        address\n        proposedAt\n        deprecation {\n          sunsetAt\n          replacement\n          reason\n        }\n        ports {\n          name\n          type\n          description\n          physicalName\n          provisioned\n          iceberg {\n            catalogUri\n            namespace\n            table\n            identifier\n          }\n          kafka {\n            topic\n            schemaSubject\n            schemaRegistryUrl\n          }\n          snippets {\n            label\n            language\n            code\n          }\n        }\n        contract {\n          ...ContractFields\n        }\n        sla {\n          freshness\n          freshnessPort\n          availability\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Product($domain: String!, $name: String!, $version: String) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      title\n      description\n      owner\n      tags\n      classification\n      latestVersion\n      status\n      address\n      versions(first: 50) {\n        nodes {\n          version\n          state\n        }\n      }\n      version(version: $version) {\n        version\n        state\n        address\n        proposedAt\n        deprecation {\n          sunsetAt\n          replacement\n          reason\n        }\n        ports {\n          name\n          type\n          description\n          physicalName\n          provisioned\n          iceberg {\n            catalogUri\n            namespace\n            table\n            identifier\n          }\n          kafka {\n            topic\n            schemaSubject\n            schemaRegistryUrl\n          }\n          snippets {\n            label\n            language\n            code\n          }\n        }\n        contract {\n          ...ContractFields\n        }\n        sla {\n          freshness\n          freshnessPort\n          availability\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContractFields on Contract {\n    tables {\n      name\n      description\n      fields {\n        name\n        type\n        description\n        required\n        primaryKey\n        unique\n        pii\n        classification\n      }\n    }\n    rules {\n      id\n      table\n      field\n      severity\n      dimension\n      description\n      metric\n    }\n  }\n',
): (typeof documents)['\n  fragment ContractFields on Contract {\n    tables {\n      name\n      description\n      fields {\n        name\n        type\n        description\n        required\n        primaryKey\n        unique\n        pii\n        classification\n      }\n    }\n    rules {\n      id\n      table\n      field\n      severity\n      dimension\n      description\n      metric\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VersionContract($domain: String!, $name: String!, $version: String!) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      version(version: $version) {\n        version\n        contract {\n          ...ContractFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VersionContract($domain: String!, $name: String!, $version: String!) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      version(version: $version) {\n        version\n        contract {\n          ...ContractFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductQuality($domain: String!, $name: String!) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      quality {\n        version\n        score\n        tier\n        latest {\n          id\n          runId\n          ruleId\n          port\n          snapshotId\n          severity\n          dimension\n          observed\n          threshold\n          outcome\n          message\n          checkedAt\n        }\n        results(first: 100) {\n          nodes {\n            id\n            runId\n            ruleId\n            outcome\n            observed\n            checkedAt\n          }\n        }\n        openAlerts {\n          ...AlertFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProductQuality($domain: String!, $name: String!) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      quality {\n        version\n        score\n        tier\n        latest {\n          id\n          runId\n          ruleId\n          port\n          snapshotId\n          severity\n          dimension\n          observed\n          threshold\n          outcome\n          message\n          checkedAt\n        }\n        results(first: 100) {\n          nodes {\n            id\n            runId\n            ruleId\n            outcome\n            observed\n            checkedAt\n          }\n        }\n        openAlerts {\n          ...AlertFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductLineage($domain: String!, $name: String!, $depth: Int!) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      downstream: lineage(direction: DOWNSTREAM, depth: $depth, first: 30) {\n        nodes {\n          ...NeighbourFields\n          product {\n            domain\n            name\n            lineage(direction: DOWNSTREAM, depth: 1, first: 10) {\n              nodes {\n                domain\n                name\n              }\n            }\n          }\n        }\n      }\n      upstream: lineage(direction: UPSTREAM, depth: $depth, first: 30) {\n        nodes {\n          ...NeighbourFields\n          product {\n            domain\n            name\n            lineage(direction: UPSTREAM, depth: 1, first: 10) {\n              nodes {\n                domain\n                name\n              }\n            }\n          }\n        }\n      }\n      impact {\n        affected {\n          domain\n          name\n          depth\n          ownerTeam\n          state\n        }\n        detected\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProductLineage($domain: String!, $name: String!, $depth: Int!) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      downstream: lineage(direction: DOWNSTREAM, depth: $depth, first: 30) {\n        nodes {\n          ...NeighbourFields\n          product {\n            domain\n            name\n            lineage(direction: DOWNSTREAM, depth: 1, first: 10) {\n              nodes {\n                domain\n                name\n              }\n            }\n          }\n        }\n      }\n      upstream: lineage(direction: UPSTREAM, depth: $depth, first: 30) {\n        nodes {\n          ...NeighbourFields\n          product {\n            domain\n            name\n            lineage(direction: UPSTREAM, depth: 1, first: 10) {\n              nodes {\n                domain\n                name\n              }\n            }\n          }\n        }\n      }\n      impact {\n        affected {\n          domain\n          name\n          depth\n          ownerTeam\n          state\n        }\n        detected\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NeighbourFields on ProductNeighbour {\n    domain\n    name\n    state\n    latestVersion\n    ownerTeam\n    depth\n  }\n',
): (typeof documents)['\n  fragment NeighbourFields on ProductNeighbour {\n    domain\n    name\n    state\n    latestVersion\n    ownerTeam\n    depth\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductAccess($domain: String!, $name: String!) {\n    me {\n      isAdmin\n      domains\n      principal {\n        id\n        name\n      }\n    }\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      access {\n        status\n        visibility\n        approval\n        request {\n          ...AccessRequestFields\n        }\n      }\n      accessRequests(first: 50) {\n        nodes {\n          ...AccessRequestFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProductAccess($domain: String!, $name: String!) {\n    me {\n      isAdmin\n      domains\n      principal {\n        id\n        name\n      }\n    }\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      access {\n        status\n        visibility\n        approval\n        request {\n          ...AccessRequestFields\n        }\n      }\n      accessRequests(first: 50) {\n        nodes {\n          ...AccessRequestFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AccessRequestFields on AccessRequest {\n    id\n    principal\n    requestedBy\n    purpose\n    until\n    state\n    decidedBy\n    decidedAt\n    reason\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment AccessRequestFields on AccessRequest {\n    id\n    principal\n    requestedBy\n    purpose\n    until\n    state\n    decidedBy\n    decidedAt\n    reason\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestAccess($domain: String!, $name: String!, $input: AccessRequestInput!) {\n    requestAccess(domain: $domain, name: $name, input: $input) {\n      ...AccessRequestFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestAccess($domain: String!, $name: String!, $input: AccessRequestInput!) {\n    requestAccess(domain: $domain, name: $name, input: $input) {\n      ...AccessRequestFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveAccess($id: ID!) {\n    approveAccess(id: $id) {\n      ...AccessRequestFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveAccess($id: ID!) {\n    approveAccess(id: $id) {\n      ...AccessRequestFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DenyAccess($id: ID!, $reason: String) {\n    denyAccess(id: $id, reason: $reason) {\n      ...AccessRequestFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DenyAccess($id: ID!, $reason: String) {\n    denyAccess(id: $id, reason: $reason) {\n      ...AccessRequestFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription AccessEvents($domain: String) {\n    accessRequests(domain: $domain) {\n      eventId\n      type\n      name\n      requestId\n    }\n  }\n',
): (typeof documents)['\n  subscription AccessEvents($domain: String) {\n    accessRequests(domain: $domain) {\n      eventId\n      type\n      name\n      requestId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductGovernance($domain: String!, $name: String!, $version: String) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      version(version: $version) {\n        version\n        state\n        violations {\n          policyId\n          policyVersion\n          severity\n          message\n        }\n        decisions {\n          decisionId\n          trigger\n          outcome\n          evaluatedAt\n          waived\n          evaluations {\n            policyId\n            policyVersion\n            severity\n            outcome\n            message\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProductGovernance($domain: String!, $name: String!, $version: String) {\n    product(domain: $domain, name: $name) {\n      domain\n      name\n      version(version: $version) {\n        version\n        state\n        violations {\n          policyId\n          policyVersion\n          severity\n          message\n        }\n        decisions {\n          decisionId\n          trigger\n          outcome\n          evaluatedAt\n          waived\n          evaluations {\n            policyId\n            policyVersion\n            severity\n            outcome\n            message\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      isAdmin\n      domains\n      tokenExpiresAt\n      principal {\n        id\n        name\n        kind\n        roles {\n          role\n          domain\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      isAdmin\n      domains\n      tokenExpiresAt\n      principal {\n        id\n        name\n        kind\n        roles {\n          role\n          domain\n        }\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
