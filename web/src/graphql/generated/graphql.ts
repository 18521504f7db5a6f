/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** An instant in time, as an ISO 8601 string with a time zone, e.g. 2026-12-03T10:15:00.000Z. */
  DateTime: { input: string; output: string };
  /** Any JSON value, e.g. a descriptor or a lineage node's facets. */
  JSON: { input: unknown; output: unknown };
};

export type AccessEvent = {
  __typename?: 'AccessEvent';
  domain: Scalars['String']['output'];
  eventId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The governance outcome of a DECIDED event. */
  outcome?: Maybe<DecisionOutcome>;
  principal?: Maybe<Scalars['String']['output']>;
  purpose?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
  type: AccessEventType;
};

export type AccessEventType = 'DECIDED' | 'DENIED' | 'GRANTED' | 'REQUESTED' | 'REVOKED';

export type AccessRequest = {
  __typename?: 'AccessRequest';
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  domain: Scalars['String']['output'];
  grantId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  principal: Scalars['String']['output'];
  product?: Maybe<Product>;
  purpose: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  requestedBy: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  revokedBy?: Maybe<Scalars['String']['output']>;
  state: AccessState;
  until: Scalars['DateTime']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type AccessRequestConnection = {
  __typename?: 'AccessRequestConnection';
  edges: Array<AccessRequestEdge>;
  nodes: Array<AccessRequest>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type AccessRequestEdge = {
  __typename?: 'AccessRequestEdge';
  cursor: Scalars['String']['output'];
  node: AccessRequest;
};

export type AccessRequestInput = {
  /** Who would receive access (a principal id); the caller when left out. */
  principal?: InputMaybe<Scalars['ID']['input']>;
  purpose: Scalars['String']['input'];
  until: Scalars['DateTime']['input'];
};

export type AccessState = 'DENIED' | 'GRANTED' | 'PENDING' | 'REVOKED';

export type Alert = {
  __typename?: 'Alert';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  acknowledgementNote?: Maybe<Scalars['String']['output']>;
  domain: Scalars['String']['output'];
  firstRaisedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: AlertKind;
  lastRaisedAt: Scalars['DateTime']['output'];
  message: Scalars['String']['output'];
  name: Scalars['String']['output'];
  raisedCount: Scalars['Int']['output'];
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  ruleKey: Scalars['String']['output'];
  severity: AlertSeverity;
  state: AlertState;
  version: Scalars['String']['output'];
};

export type AlertConnection = {
  __typename?: 'AlertConnection';
  edges: Array<AlertEdge>;
  nodes: Array<Alert>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type AlertEdge = {
  __typename?: 'AlertEdge';
  cursor: Scalars['String']['output'];
  node: Alert;
};

export type AlertEvent = {
  __typename?: 'AlertEvent';
  /** Who acknowledged, with the note. */
  actor?: Maybe<Scalars['String']['output']>;
  alertId: Scalars['ID']['output'];
  eventId: Scalars['ID']['output'];
  /** Set when raised. */
  kind?: Maybe<AlertKind>;
  message?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  product: ProductVersionRef;
  resolution?: Maybe<Scalars['String']['output']>;
  ruleId?: Maybe<Scalars['String']['output']>;
  severity?: Maybe<AlertSeverity>;
  type: AlertEventType;
};

export type AlertEventType = 'ACKNOWLEDGED' | 'RAISED' | 'RESOLVED';

export type AlertKind = 'AVAILABILITY' | 'FRESHNESS' | 'QUALITY';

export type AlertSeverity = 'CRITICAL' | 'INFO' | 'WARNING';

export type AlertState = 'ACKNOWLEDGED' | 'OPEN' | 'RESOLVED';

export type ApplyResult = {
  __typename?: 'ApplyResult';
  address: Scalars['String']['output'];
  /** The version the contract was compared with. */
  baseline?: Maybe<Scalars['String']['output']>;
  changes: Array<ContractChange>;
  created: Scalars['Boolean']['output'];
  domain: Scalars['String']['output'];
  name: Scalars['String']['output'];
  product?: Maybe<Product>;
  state: VersionState;
  version: Scalars['String']['output'];
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actor?: Maybe<Scalars['String']['output']>;
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  subject: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type ChangeLevel = 'BREAKING' | 'MINOR' | 'PATCH';

export type Classification = 'CONFIDENTIAL' | 'INTERNAL' | 'PUBLIC' | 'RESTRICTED';

export type Compliance = {
  __typename?: 'Compliance';
  /** Per domain, when the whole mesh was asked for. */
  domains: Array<DomainCompliance>;
  openViolations: ViolationCounts;
  passRate: Scalars['Float']['output'];
  passing: Scalars['Int']['output'];
  /** The figures of the whole mesh, or of the domain asked for. */
  products: Scalars['Int']['output'];
  trend: Array<CompliancePoint>;
  /** Open violations, when one domain was asked for. */
  violations: Array<Scalars['JSON']['output']>;
};

export type ComplianceEvent = {
  __typename?: 'ComplianceEvent';
  change?: Maybe<Scalars['String']['output']>;
  eventId: Scalars['ID']['output'];
  failedPolicies: Array<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  outcome?: Maybe<DecisionOutcome>;
  policyId?: Maybe<Scalars['String']['output']>;
  product?: Maybe<ProductVersionRef>;
  type: ComplianceEventType;
};

export type ComplianceEventType = 'DECISION_MADE' | 'POLICY_CHANGED';

export type CompliancePoint = {
  __typename?: 'CompliancePoint';
  day: Scalars['String']['output'];
  openViolations: Scalars['Int']['output'];
  passRate: Scalars['Float']['output'];
};

export type ConsumerLag = {
  __typename?: 'ConsumerLag';
  /** The consumer group, without the topic prefix: one per service that consumes. */
  group: Scalars['String']['output'];
  /** Messages on the topic the group has not committed yet. */
  lag: Scalars['Int']['output'];
  topic: Scalars['String']['output'];
};

export type Contract = {
  __typename?: 'Contract';
  rules: Array<QualityRule>;
  tables: Array<ContractTable>;
};

export type ContractChange = {
  __typename?: 'ContractChange';
  level: ChangeLevel;
  pointer: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type ContractField = {
  __typename?: 'ContractField';
  classification?: Maybe<Classification>;
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  pii: Scalars['Boolean']['output'];
  primaryKey: Scalars['Boolean']['output'];
  required: Scalars['Boolean']['output'];
  type: Scalars['String']['output'];
  unique: Scalars['Boolean']['output'];
};

export type ContractTable = {
  __typename?: 'ContractTable';
  description: Scalars['String']['output'];
  fields: Array<ContractField>;
  name: Scalars['String']['output'];
};

export type CreateDomainInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  owningTeam: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type CreatePrincipalInput = {
  kind: PrincipalKind;
  name: Scalars['String']['input'];
  roles: Array<RoleGrantInput>;
};

export type CreatedToken = {
  __typename?: 'CreatedToken';
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The secret, shown once. */
  token: Scalars['String']['output'];
};

export type DecisionOutcome = 'APPROVED' | 'REJECTED';

export type DeprecateInput = {
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The address of the version that replaces this one. */
  replacement?: InputMaybe<Scalars['String']['input']>;
  sunsetAt: Scalars['DateTime']['input'];
};

export type Deprecation = {
  __typename?: 'Deprecation';
  reason?: Maybe<Scalars['String']['output']>;
  replacement?: Maybe<Scalars['String']['output']>;
  sunsetAt: Scalars['DateTime']['output'];
};

export type Domain = {
  __typename?: 'Domain';
  compliance?: Maybe<DomainCompliance>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  owningTeam: Scalars['String']['output'];
  products: ProductConnection;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type DomainProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DomainCompliance = {
  __typename?: 'DomainCompliance';
  domain: Scalars['String']['output'];
  openViolations: ViolationCounts;
  passRate: Scalars['Float']['output'];
  passing: Scalars['Int']['output'];
  products: Scalars['Int']['output'];
  trend: Array<CompliancePoint>;
};

export type DomainConnection = {
  __typename?: 'DomainConnection';
  edges: Array<DomainEdge>;
  nodes: Array<Domain>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type DomainEdge = {
  __typename?: 'DomainEdge';
  cursor: Scalars['String']['output'];
  node: Domain;
};

export type Evaluation = {
  __typename?: 'Evaluation';
  changes: Array<ContractChange>;
  evaluations: Array<PolicyEvaluation>;
  outcome: DecisionOutcome;
  /** The published version compared with, if any. */
  previousVersion?: Maybe<Scalars['String']['output']>;
  problems: Array<Problem>;
  /** The bump the contract changes require against the published version (NONE for the first version). */
  requiredBump: VersionBump;
  /** False when the descriptor fails the descriptor schema; `problems` says where. */
  valid: Scalars['Boolean']['output'];
  waived: Array<Scalars['String']['output']>;
};

export type EvaluationOutcome = 'ERROR' | 'FAIL' | 'PASS' | 'WAIVED';

export type FacetBucket = {
  __typename?: 'FacetBucket';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

export type Flow = {
  __typename?: 'Flow';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  domain: Scalars['String']['output'];
  jobId: Scalars['String']['output'];
  kind: FlowKind;
  name: Scalars['String']['output'];
  ports: Array<PortFlow>;
  state: FlowState;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['String']['output'];
};

export type FlowConnection = {
  __typename?: 'FlowConnection';
  edges: Array<FlowEdge>;
  nodes: Array<Flow>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type FlowEdge = {
  __typename?: 'FlowEdge';
  cursor: Scalars['String']['output'];
  node: Flow;
};

export type FlowKind = 'PROVISION' | 'TEARDOWN';

export type FlowState = 'COMPLETED' | 'FAILED' | 'RUNNING';

export type GovernanceDecision = {
  __typename?: 'GovernanceDecision';
  decisionId: Scalars['ID']['output'];
  evaluatedAt: Scalars['DateTime']['output'];
  evaluations: Array<PolicyEvaluation>;
  outcome: DecisionOutcome;
  /** proposal, or a re-evaluation after a policy change. */
  trigger: Scalars['String']['output'];
  waived: Array<Scalars['String']['output']>;
};

export type Highlight = {
  __typename?: 'Highlight';
  field: Scalars['String']['output'];
  fragments: Array<Scalars['String']['output']>;
};

/** How to read an Iceberg port: point any Iceberg REST client at the catalog and load the identifier. */
export type IcebergConsumption = {
  __typename?: 'IcebergConsumption';
  catalogUri: Scalars['String']['output'];
  identifier: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  table: Scalars['String']['output'];
};

export type Impact = {
  __typename?: 'Impact';
  affected: Array<ProductNeighbour>;
  /** Impacts detected by breaking changes and deprecations, as the lineage service recorded them. */
  detected: Array<Scalars['JSON']['output']>;
};

/** How to read a Kafka port: the topic, and the Schema Registry subject of its Avro values. */
export type KafkaConsumption = {
  __typename?: 'KafkaConsumption';
  schemaRegistryUrl: Scalars['String']['output'];
  schemaSubject: Scalars['String']['output'];
  topic: Scalars['String']['output'];
};

export type LifecycleEvent = {
  __typename?: 'LifecycleEvent';
  actor?: Maybe<Scalars['String']['output']>;
  eventId: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The output ports, when published. */
  ports: Array<Scalars['String']['output']>;
  product: ProductVersionRef;
  /** Why: the violations of a rejection, the reason of a deprecation or retirement. */
  reasons: Array<Scalars['String']['output']>;
  /** The replacement of a deprecated version. */
  replacement?: Maybe<ProductVersionRef>;
  stage: LifecycleStage;
};

export type LifecycleStage =
  'APPROVED' | 'DEPRECATED' | 'PROPOSED' | 'PROVISIONING' | 'PUBLISHED' | 'REJECTED' | 'RETIRED';

export type LineageDirection = 'DOWNSTREAM' | 'UPSTREAM';

export type LineageEdge = {
  __typename?: 'LineageEdge';
  destination: Scalars['ID']['output'];
  origin: Scalars['ID']['output'];
};

export type LineageGraph = {
  __typename?: 'LineageGraph';
  nodes: Array<LineageNode>;
};

export type LineageNode = {
  __typename?: 'LineageNode';
  data?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  inEdges: Array<LineageEdge>;
  outEdges: Array<LineageEdge>;
  /** DATASET, JOB or DATASET_FIELD. */
  type: Scalars['String']['output'];
};

export type Me = {
  __typename?: 'Me';
  /** Domains the principal owns or belongs to. */
  domains: Array<Scalars['String']['output']>;
  isAdmin: Scalars['Boolean']['output'];
  principal: Principal;
  tokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
};

export type MeshStatus = {
  __typename?: 'MeshStatus';
  /** Null when Kafka cannot be asked; the error says why. */
  consumers?: Maybe<Array<ConsumerLag>>;
  services: Array<ServiceStatus>;
};

export type Mutation = {
  __typename?: 'Mutation';
  acknowledgeAlert: Alert;
  /** Applies a product descriptor (YAML or JSON): a new version is proposed and goes through governance. */
  applyProduct: ApplyResult;
  approveAccess: AccessRequest;
  createDomain: Domain;
  createPrincipal: Principal;
  /** Issues a token for a principal; the token is in the answer once and never again. */
  createToken: CreatedToken;
  createWaiver: Waiver;
  denyAccess: AccessRequest;
  deprecateVersion: ProductVersion;
  /** Governance dry run of a descriptor: each policy's outcome and the version bump its contract changes require. Stores nothing. */
  evaluateProduct: Evaluation;
  /** Creates or updates a policy; the YAML or JSON of a policy document. */
  putPolicy: Policy;
  requestAccess: AccessRequest;
  retryFlow: Flow;
  revokeAccess: AccessRequest;
};

export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type MutationApplyProductArgs = {
  descriptor: Scalars['String']['input'];
};

export type MutationApproveAccessArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type MutationCreateDomainArgs = {
  input: CreateDomainInput;
};

export type MutationCreatePrincipalArgs = {
  input: CreatePrincipalInput;
};

export type MutationCreateTokenArgs = {
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  principalId: Scalars['ID']['input'];
};

export type MutationCreateWaiverArgs = {
  input: WaiverInput;
};

export type MutationDenyAccessArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type MutationDeprecateVersionArgs = {
  domain: Scalars['String']['input'];
  input: DeprecateInput;
  name: Scalars['String']['input'];
  version: Scalars['String']['input'];
};

export type MutationEvaluateProductArgs = {
  descriptor: Scalars['String']['input'];
};

export type MutationPutPolicyArgs = {
  id: Scalars['String']['input'];
  input: PolicyInput;
};

export type MutationRequestAccessArgs = {
  domain: Scalars['String']['input'];
  input: AccessRequestInput;
  name: Scalars['String']['input'];
};

export type MutationRetryFlowArgs = {
  domain: Scalars['String']['input'];
  name: Scalars['String']['input'];
  version: Scalars['String']['input'];
};

export type MutationRevokeAccessArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type MyAccess =
  | 'GRANTED'
  | 'NONE'
  /** The caller reads it without a grant: a member of its domain, or a platform admin. */
  | 'OPEN'
  | 'PENDING';

export type OutputPort = {
  __typename?: 'OutputPort';
  description?: Maybe<Scalars['String']['output']>;
  iceberg?: Maybe<IcebergConsumption>;
  kafka?: Maybe<KafkaConsumption>;
  name: Scalars['String']['output'];
  /** The physical name: `<namespace>.<table>` of an Iceberg table, the topic of a Kafka port. */
  physicalName?: Maybe<Scalars['String']['output']>;
  provisioned: Scalars['Boolean']['output'];
  /** Ready-to-paste code that reads the port: PyIceberg, Spark and Trino for an Iceberg table, a Kafka consumer for a topic. */
  snippets: Array<Snippet>;
  type: PortType;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Policy = {
  __typename?: 'Policy';
  description?: Maybe<Scalars['String']['output']>;
  /** The CEL expression that must hold. */
  expression: Scalars['String']['output'];
  id: Scalars['String']['output'];
  message: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  revisions: Array<PolicyRevision>;
  /** global, or domain:<name>. */
  scope: Scalars['String']['output'];
  severity: PolicySeverity;
  target: PolicyTarget;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<Scalars['String']['output']>;
};

export type PolicyConnection = {
  __typename?: 'PolicyConnection';
  edges: Array<PolicyEdge>;
  nodes: Array<Policy>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  cursor: Scalars['String']['output'];
  node: Policy;
};

export type PolicyEvaluation = {
  __typename?: 'PolicyEvaluation';
  message?: Maybe<Scalars['String']['output']>;
  outcome: EvaluationOutcome;
  policyId: Scalars['String']['output'];
  policyVersion: Scalars['Int']['output'];
  severity: PolicySeverity;
};

export type PolicyInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  expression: Scalars['String']['input'];
  message: Scalars['String']['input'];
  scope: Scalars['String']['input'];
  severity: PolicySeverity;
  target?: InputMaybe<PolicyTarget>;
  title: Scalars['String']['input'];
};

export type PolicyRevision = {
  __typename?: 'PolicyRevision';
  change: Scalars['String']['output'];
  changedAt: Scalars['DateTime']['output'];
  changedBy?: Maybe<Scalars['String']['output']>;
  policy: Scalars['JSON']['output'];
  revision: Scalars['Int']['output'];
};

export type PolicySeverity = 'BLOCKING' | 'INFO' | 'WARNING';

export type PolicyTarget = 'ACCESS_REQUEST' | 'PRODUCT_VERSION';

export type PolicyViolation = {
  __typename?: 'PolicyViolation';
  message: Scalars['String']['output'];
  policyId: Scalars['String']['output'];
  policyVersion: Scalars['Int']['output'];
  severity: PolicySeverity;
};

export type PortFlow = {
  __typename?: 'PortFlow';
  address: Scalars['String']['output'];
  /** Runs that failed so far. */
  attempts: Scalars['Int']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** What the job did: created, evolved, unchanged; dropped, archived, kept. */
  outcome?: Maybe<Scalars['String']['output']>;
  state: PortFlowState;
  type: PortType;
};

export type PortFlowState = 'DONE' | 'FAILED' | 'PENDING';

export type PortType = 'ICEBERG_TABLE' | 'KAFKA_TOPIC';

export type Principal = {
  __typename?: 'Principal';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: PrincipalKind;
  name: Scalars['String']['output'];
  roles: Array<RoleGrant>;
};

export type PrincipalKind = 'SERVICE' | 'USER';

export type Problem = {
  __typename?: 'Problem';
  message: Scalars['String']['output'];
  pointer: Scalars['String']['output'];
};

export type Product = {
  __typename?: 'Product';
  /** The caller's access to the product's data. */
  access?: Maybe<ProductAccess>;
  /** Access requests for the product (its domain's owners and members see all, others their own). */
  accessRequests?: Maybe<AccessRequestConnection>;
  /** The address of the latest version's major, e.g. mesh://sales/orders/v1. */
  address: Scalars['String']['output'];
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  domain: Scalars['String']['output'];
  /** Every product downstream, transitively, and the impacts detected so far. */
  impact?: Maybe<Impact>;
  latestVersion: Scalars['String']['output'];
  /** Products upstream or downstream of this one, nearest first. */
  lineage?: Maybe<ProductNeighbourConnection>;
  name: Scalars['String']['output'];
  owner?: Maybe<Scalars['String']['output']>;
  quality?: Maybe<Quality>;
  /** The state of the latest version. */
  status: VersionState;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** One version; the latest when `version` is left out. */
  version?: Maybe<ProductVersion>;
  /** Every version, newest first. */
  versions: ProductVersionConnection;
};

export type ProductAccessRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AccessState>;
};

export type ProductLineageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<LineageDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProductVersionArgs = {
  version?: InputMaybe<Scalars['String']['input']>;
};

export type ProductVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProductAccess = {
  __typename?: 'ProductAccess';
  approval: Scalars['String']['output'];
  /** The caller's latest request, if any. */
  request?: Maybe<AccessRequest>;
  status: MyAccess;
  visibility: Scalars['String']['output'];
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  nodes: Array<Product>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductFilter = {
  domain?: InputMaybe<Scalars['String']['input']>;
  /** Words in the name, title or description. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Products whose latest version is in this state. */
  status?: InputMaybe<VersionState>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type ProductNeighbour = {
  __typename?: 'ProductNeighbour';
  /** 1 for a direct neighbour. */
  depth: Scalars['Int']['output'];
  domain: Scalars['String']['output'];
  latestVersion?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  ownerTeam?: Maybe<Scalars['String']['output']>;
  product?: Maybe<Product>;
  state?: Maybe<Scalars['String']['output']>;
};

export type ProductNeighbourConnection = {
  __typename?: 'ProductNeighbourConnection';
  edges: Array<ProductNeighbourEdge>;
  nodes: Array<ProductNeighbour>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ProductNeighbourEdge = {
  __typename?: 'ProductNeighbourEdge';
  cursor: Scalars['String']['output'];
  node: ProductNeighbour;
};

export type ProductVersion = {
  __typename?: 'ProductVersion';
  address: Scalars['String']['output'];
  contentHash: Scalars['String']['output'];
  contract: Contract;
  /** Governance decisions about this version, newest first. */
  decisions?: Maybe<Array<GovernanceDecision>>;
  deprecation?: Maybe<Deprecation>;
  /** The descriptor as applied. */
  descriptor: Scalars['JSON']['output'];
  domain: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The output ports, with how to consume each. */
  ports: Array<OutputPort>;
  proposedAt: Scalars['DateTime']['output'];
  proposedBy?: Maybe<Scalars['String']['output']>;
  provisioning?: Maybe<Flow>;
  sla?: Maybe<Sla>;
  state: VersionState;
  stateChangedAt: Scalars['DateTime']['output'];
  version: Scalars['String']['output'];
  /** Blocking policy violations of a rejected version. */
  violations: Array<PolicyViolation>;
};

export type ProductVersionConnection = {
  __typename?: 'ProductVersionConnection';
  edges: Array<ProductVersionEdge>;
  nodes: Array<ProductVersion>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ProductVersionEdge = {
  __typename?: 'ProductVersionEdge';
  cursor: Scalars['String']['output'];
  node: ProductVersion;
};

export type ProductVersionRef = {
  __typename?: 'ProductVersionRef';
  domain: Scalars['String']['output'];
  name: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

export type ProvisioningEvent = {
  __typename?: 'ProvisioningEvent';
  attempts?: Maybe<Scalars['Int']['output']>;
  eventId: Scalars['ID']['output'];
  jobId?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  port?: Maybe<Scalars['String']['output']>;
  product: ProductVersionRef;
  reason?: Maybe<Scalars['String']['output']>;
  type: ProvisioningEventType;
};

export type ProvisioningEventType = 'FAILED' | 'PORT_PROVISIONED' | 'STARTED';

export type Quality = {
  __typename?: 'Quality';
  /** The latest result of each rule. */
  latest: Array<RuleResult>;
  openAlerts: Array<Alert>;
  /** Results, newest first; `rule` gives one rule's history. */
  results: RuleResultConnection;
  /** 0 to 1; null before the first check. */
  score?: Maybe<Scalars['Float']['output']>;
  tier: QualityTier;
  /** The version scored: the latest published one. */
  version: Scalars['String']['output'];
};

export type QualityResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  rule?: InputMaybe<Scalars['String']['input']>;
};

export type QualityRule = {
  __typename?: 'QualityRule';
  description?: Maybe<Scalars['String']['output']>;
  dimension?: Maybe<Scalars['String']['output']>;
  field?: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  /** The metric measured (nullValues, rowCount...), or null for a SQL rule. */
  metric?: Maybe<Scalars['String']['output']>;
  /** The SQL of a SQL rule. */
  query?: Maybe<Scalars['String']['output']>;
  severity: PolicySeverity;
  table: Scalars['String']['output'];
  /** The comparison the measure must satisfy, as in the contract (mustBe, mustBeLessThan...). */
  threshold?: Maybe<Scalars['JSON']['output']>;
};

export type QualityTier = 'BRONZE' | 'GOLD' | 'SILVER' | 'UNRATED';

export type Query = {
  __typename?: 'Query';
  /** Access requests, newest first: all of them for admins, the caller's own otherwise. */
  accessRequests: AccessRequestConnection;
  /** Quality alerts across the mesh, most recently raised first; open and acknowledged ones unless `status` says otherwise. */
  alerts: AlertConnection;
  /** The registry's audit log, newest first. */
  auditLog: AuditEntryConnection;
  /** Column-level lineage around a dataset or one of its fields (`datasetField:<namespace>:<name>:<field>`). */
  columnLineage: LineageGraph;
  /** The compliance report: the whole mesh, or one domain with its open violations. */
  compliance?: Maybe<Compliance>;
  /** The dataset and job graph around a node (`dataset:<namespace>:<name>` or `job:<namespace>:<name>`), as Marquez shapes it. */
  datasetLineage: LineageGraph;
  domain?: Maybe<Domain>;
  domains: DomainConnection;
  /** Provisioning flows, newest first. */
  flows: FlowConnection;
  /** Who the token belongs to: the principal, its roles and domains, and when the token expires. */
  me: Me;
  /** What operators look at first (platform admins): each service's readiness and outbox, every consumer group's lag. */
  meshStatus: MeshStatus;
  policies: PolicyConnection;
  policy?: Maybe<Policy>;
  product?: Maybe<Product>;
  /** Products in the registry, by (domain, name); `filter` narrows by domain, latest state, tag or text. */
  products: ProductConnection;
  /** What a `mesh://<domain>/<product>/v<major>` address points at now, with how to consume each port. */
  resolve?: Maybe<Resolution>;
  /** Full-text search over products, with facets and highlights; `field` finds products by a schema field name. */
  search: SearchResult;
  /** Product names and titles that start with `prefix`, for autocompletion. */
  suggest: Array<Suggestion>;
  waivers: WaiverConnection;
};

export type QueryAccessRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AccessState>;
};

export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  severity?: InputMaybe<Array<AlertSeverity>>;
  status?: InputMaybe<Array<AlertState>>;
};

export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type QueryColumnLineageArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  nodeId: Scalars['String']['input'];
  withDownstream?: InputMaybe<Scalars['Boolean']['input']>;
};

export type QueryComplianceArgs = {
  domain?: InputMaybe<Scalars['String']['input']>;
};

export type QueryDatasetLineageArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  nodeId: Scalars['String']['input'];
};

export type QueryDomainArgs = {
  name: Scalars['String']['input'];
};

export type QueryDomainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryFlowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<FlowState>;
};

export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryPolicyArgs = {
  id: Scalars['String']['input'];
};

export type QueryProductArgs = {
  domain: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryResolveArgs = {
  address: Scalars['String']['input'];
};

export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<SearchFilters>;
  first?: InputMaybe<Scalars['Int']['input']>;
  q?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<SearchSort>;
};

export type QuerySuggestArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix: Scalars['String']['input'];
};

export type QueryWaiversArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  product?: InputMaybe<Scalars['String']['input']>;
};

export type Resolution = {
  __typename?: 'Resolution';
  address: Scalars['String']['output'];
  deprecation?: Maybe<Deprecation>;
  domain: Scalars['String']['output'];
  major: Scalars['Int']['output'];
  ports: Array<OutputPort>;
  product: Scalars['String']['output'];
  state: VersionState;
  version: Scalars['String']['output'];
};

export type Role =
  | 'CATALOG_WRITER'
  | 'CONSUMER'
  | 'DOMAIN_MEMBER'
  | 'DOMAIN_OWNER'
  | 'GOVERNANCE_ADMIN'
  | 'PLATFORM_ADMIN'
  | 'PLATFORM_READER'
  | 'PLATFORM_SERVICE';

export type RoleGrant = {
  __typename?: 'RoleGrant';
  /** The domain of a domain role. */
  domain?: Maybe<Scalars['String']['output']>;
  role: Role;
};

export type RoleGrantInput = {
  domain?: InputMaybe<Scalars['String']['input']>;
  role: Role;
};

export type RuleOutcome = 'ERROR' | 'FAIL' | 'PASS' | 'WARN';

export type RuleResult = {
  __typename?: 'RuleResult';
  checkedAt: Scalars['DateTime']['output'];
  dimension?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  message?: Maybe<Scalars['String']['output']>;
  observed?: Maybe<Scalars['Float']['output']>;
  outcome: RuleOutcome;
  port: Scalars['String']['output'];
  ruleId: Scalars['String']['output'];
  runId: Scalars['String']['output'];
  severity: PolicySeverity;
  snapshotId?: Maybe<Scalars['String']['output']>;
  /** platform (our checks) or external (reported by a pipeline). */
  source: Scalars['String']['output'];
  threshold?: Maybe<Scalars['String']['output']>;
  version: Scalars['String']['output'];
};

export type RuleResultConnection = {
  __typename?: 'RuleResultConnection';
  edges: Array<RuleResultEdge>;
  nodes: Array<RuleResult>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type RuleResultEdge = {
  __typename?: 'RuleResultEdge';
  cursor: Scalars['String']['output'];
  node: RuleResult;
};

export type SearchFacets = {
  __typename?: 'SearchFacets';
  classification: Array<FacetBucket>;
  domain: Array<FacetBucket>;
  portType: Array<FacetBucket>;
  qualityTier: Array<FacetBucket>;
  slaStatus: Array<FacetBucket>;
  status: Array<FacetBucket>;
  tag: Array<FacetBucket>;
};

export type SearchFilters = {
  classification?: InputMaybe<Array<Classification>>;
  domain?: InputMaybe<Array<Scalars['String']['input']>>;
  portType?: InputMaybe<Array<PortType>>;
  qualityTier?: InputMaybe<Array<QualityTier>>;
  slaStatus?: InputMaybe<Array<SlaStatus>>;
  status?: InputMaybe<Array<VersionState>>;
  tag?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  address: Scalars['String']['output'];
  classification: Classification;
  description: Scalars['String']['output'];
  domain: Scalars['String']['output'];
  /** Fragments of the matched text, with <em> around the matched words, by field. */
  highlights: Array<Highlight>;
  latestVersion: Scalars['String']['output'];
  /** Schema fields whose name matched `field`. */
  matchedFields: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  openAlerts: Scalars['Int']['output'];
  owner?: Maybe<Scalars['String']['output']>;
  product?: Maybe<Product>;
  qualityScore?: Maybe<Scalars['Float']['output']>;
  qualityTier?: Maybe<QualityTier>;
  slaStatus?: Maybe<SlaStatus>;
  status: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

export type SearchResult = {
  __typename?: 'SearchResult';
  edges: Array<SearchHitEdge>;
  facets: SearchFacets;
  nodes: Array<SearchHit>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /** False when the total is a lower bound. */
  totalExact: Scalars['Boolean']['output'];
};

export type SearchSort = 'CONSUMERS' | 'NAME' | 'QUALITY' | 'RELEVANCE' | 'UPDATED';

export type ServiceStatus = {
  __typename?: 'ServiceStatus';
  /** Messages the service sent to the dead-letter topic since it started. */
  deadLetters?: Maybe<Scalars['Int']['output']>;
  /** The service's /ready report: each component it uses, up or down. */
  detail?: Maybe<Scalars['JSON']['output']>;
  name: Scalars['String']['output'];
  /** Age of the oldest unsent outbox row, in seconds. */
  outboxLagSeconds?: Maybe<Scalars['Float']['output']>;
  /** Outbox rows not yet on Kafka (null for a service without an outbox). */
  outboxUnsentRows?: Maybe<Scalars['Int']['output']>;
  ready: Scalars['Boolean']['output'];
};

export type Sla = {
  __typename?: 'Sla';
  availability?: Maybe<Scalars['String']['output']>;
  /** Most time allowed between two publications, e.g. PT1H. */
  freshness?: Maybe<Scalars['String']['output']>;
  freshnessPort?: Maybe<Scalars['String']['output']>;
  /** Whether the objectives hold now, as quality measures them. */
  status?: Maybe<SlaStatus>;
};

export type SlaEvent = {
  __typename?: 'SlaEvent';
  breachDurationMs?: Maybe<Scalars['Float']['output']>;
  breachedSince?: Maybe<Scalars['DateTime']['output']>;
  eventId: Scalars['ID']['output'];
  objective?: Maybe<Scalars['Float']['output']>;
  observed: Scalars['Float']['output'];
  occurredAt: Scalars['DateTime']['output'];
  product: ProductVersionRef;
  /** freshness or availability. */
  sla: Scalars['String']['output'];
  type: SlaEventType;
};

export type SlaEventType = 'BREACHED' | 'RESTORED';

export type SlaStatus = 'BREACHED' | 'MET' | 'UNKNOWN';

/** Code that reads a port with a standard tool, authenticated with the consumer's own token (MESH_TOKEN). */
export type Snippet = {
  __typename?: 'Snippet';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** The code's language, for highlighting: python, sql. */
  language: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Access requested, decided and revoked, for the owners of the product's domain. */
  accessRequests: AccessEvent;
  /** Policy changes and governance decisions, as they change the compliance report. */
  complianceChanges: ComplianceEvent;
  /** A product version's way from proposed to retired, with the reasons of rejections and deprecations. */
  productLifecycle: LifecycleEvent;
  /** Ports provisioned (or failing) for a product's versions. */
  provisioningProgress: ProvisioningEvent;
  /** Quality alerts as they are raised, acknowledged and resolved. */
  qualityAlerts: AlertEvent;
  /** Freshness and availability objectives breached and restored. */
  slaEvents: SlaEvent;
};

export type SubscriptionAccessRequestsArgs = {
  domain?: InputMaybe<Scalars['String']['input']>;
};

export type SubscriptionProductLifecycleArgs = {
  domain?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type SubscriptionProvisioningProgressArgs = {
  domain: Scalars['String']['input'];
  name: Scalars['String']['input'];
  version?: InputMaybe<Scalars['String']['input']>;
};

export type SubscriptionQualityAlertsArgs = {
  domain?: InputMaybe<Scalars['String']['input']>;
  severity?: InputMaybe<Array<AlertSeverity>>;
};

export type SubscriptionSlaEventsArgs = {
  domain?: InputMaybe<Scalars['String']['input']>;
};

export type Suggestion = {
  __typename?: 'Suggestion';
  domain: Scalars['String']['output'];
  name: Scalars['String']['output'];
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type VersionBump = 'MAJOR' | 'MINOR' | 'NONE' | 'PATCH';

export type VersionState =
  'APPROVED' | 'DEPRECATED' | 'DRAFT' | 'PROPOSED' | 'PROVISIONING' | 'PUBLISHED' | 'REJECTED' | 'RETIRED';

export type ViolationCounts = {
  __typename?: 'ViolationCounts';
  blocking: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  warning: Scalars['Int']['output'];
};

export type Waiver = {
  __typename?: 'Waiver';
  active: Scalars['Boolean']['output'];
  approver: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  policyId: Scalars['String']['output'];
  /** domain/name of the waived product. */
  product: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  revokedBy?: Maybe<Scalars['String']['output']>;
};

export type WaiverConnection = {
  __typename?: 'WaiverConnection';
  edges: Array<WaiverEdge>;
  nodes: Array<Waiver>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type WaiverEdge = {
  __typename?: 'WaiverEdge';
  cursor: Scalars['String']['output'];
  node: Waiver;
};

export type WaiverInput = {
  expiresAt: Scalars['DateTime']['input'];
  policyId: Scalars['String']['input'];
  /** domain/name of the product. */
  product: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

export type AlertFieldsFragment = {
  __typename?: 'Alert';
  id: string;
  domain: string;
  name: string;
  version: string;
  ruleKey: string;
  kind: AlertKind;
  severity: AlertSeverity;
  message: string;
  state: AlertState;
  raisedCount: number;
  firstRaisedAt: string;
  lastRaisedAt: string;
  acknowledgedBy?: string | null;
  acknowledgedAt?: string | null;
  acknowledgementNote?: string | null;
  resolvedAt?: string | null;
  resolution?: string | null;
};

export type AlertsQueryVariables = Exact<{
  status?: InputMaybe<Array<AlertState> | AlertState>;
  domain?: InputMaybe<Scalars['String']['input']>;
  severity?: InputMaybe<Array<AlertSeverity> | AlertSeverity>;
}>;

export type AlertsQuery = {
  __typename?: 'Query';
  alerts: {
    __typename?: 'AlertConnection';
    totalCount?: number | null;
    nodes: Array<{
      __typename?: 'Alert';
      id: string;
      domain: string;
      name: string;
      version: string;
      ruleKey: string;
      kind: AlertKind;
      severity: AlertSeverity;
      message: string;
      state: AlertState;
      raisedCount: number;
      firstRaisedAt: string;
      lastRaisedAt: string;
      acknowledgedBy?: string | null;
      acknowledgedAt?: string | null;
      acknowledgementNote?: string | null;
      resolvedAt?: string | null;
      resolution?: string | null;
    }>;
  };
};

export type AcknowledgeAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;

export type AcknowledgeAlertMutation = {
  __typename?: 'Mutation';
  acknowledgeAlert: {
    __typename?: 'Alert';
    id: string;
    domain: string;
    name: string;
    version: string;
    ruleKey: string;
    kind: AlertKind;
    severity: AlertSeverity;
    message: string;
    state: AlertState;
    raisedCount: number;
    firstRaisedAt: string;
    lastRaisedAt: string;
    acknowledgedBy?: string | null;
    acknowledgedAt?: string | null;
    acknowledgementNote?: string | null;
    resolvedAt?: string | null;
    resolution?: string | null;
  };
};

export type QualityAlertsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type QualityAlertsSubscription = {
  __typename?: 'Subscription';
  qualityAlerts: {
    __typename?: 'AlertEvent';
    eventId: string;
    type: AlertEventType;
    occurredAt: string;
    alertId: string;
    kind?: AlertKind | null;
    severity?: AlertSeverity | null;
    ruleId?: string | null;
    message?: string | null;
    actor?: string | null;
    note?: string | null;
    resolution?: string | null;
    product: { __typename?: 'ProductVersionRef'; domain: string; name: string; version: string };
  };
};

export type ComplianceSummaryFragment = {
  __typename?: 'Compliance';
  products: number;
  passing: number;
  passRate: number;
  openViolations: { __typename?: 'ViolationCounts'; total: number; blocking: number; warning: number };
  trend: Array<{ __typename?: 'CompliancePoint'; day: string; passRate: number; openViolations: number }>;
};

export type GovernanceQueryVariables = Exact<{ [key: string]: never }>;

export type GovernanceQuery = {
  __typename?: 'Query';
  policies: {
    __typename?: 'PolicyConnection';
    nodes: Array<{
      __typename?: 'Policy';
      id: string;
      title: string;
      description?: string | null;
      scope: string;
      severity: PolicySeverity;
      target: PolicyTarget;
      expression: string;
      message: string;
      revision: number;
      updatedBy?: string | null;
      updatedAt: string;
      revisions: Array<{
        __typename?: 'PolicyRevision';
        revision: number;
        change: string;
        changedBy?: string | null;
        changedAt: string;
        policy: unknown;
      }>;
    }>;
  };
  compliance?: {
    __typename?: 'Compliance';
    products: number;
    passing: number;
    passRate: number;
    domains: Array<{
      __typename?: 'DomainCompliance';
      domain: string;
      products: number;
      passing: number;
      passRate: number;
      openViolations: { __typename?: 'ViolationCounts'; total: number; blocking: number; warning: number };
    }>;
    openViolations: { __typename?: 'ViolationCounts'; total: number; blocking: number; warning: number };
    trend: Array<{ __typename?: 'CompliancePoint'; day: string; passRate: number; openViolations: number }>;
  } | null;
  waivers: {
    __typename?: 'WaiverConnection';
    nodes: Array<{
      __typename?: 'Waiver';
      id: string;
      product: string;
      policyId: string;
      reason: string;
      expiresAt: string;
      approver: string;
      active: boolean;
    }>;
  };
};

export type DomainViolationsQueryVariables = Exact<{
  domain: Scalars['String']['input'];
}>;

export type DomainViolationsQuery = {
  __typename?: 'Query';
  compliance?: { __typename?: 'Compliance'; violations: Array<unknown> } | null;
};

export type GovernanceChangesSubscriptionVariables = Exact<{ [key: string]: never }>;

export type GovernanceChangesSubscription = {
  __typename?: 'Subscription';
  complianceChanges: { __typename?: 'ComplianceEvent'; eventId: string };
};

export type SearchQueryVariables = Exact<{
  q?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<SearchFilters>;
  field?: InputMaybe<Scalars['String']['input']>;
  withFields: Scalars['Boolean']['input'];
  sort?: InputMaybe<SearchSort>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type SearchQuery = {
  __typename?: 'Query';
  search: {
    __typename?: 'SearchResult';
    totalCount: number;
    totalExact: boolean;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{
      __typename?: 'SearchHit';
      domain: string;
      name: string;
      title: string;
      description: string;
      owner?: string | null;
      tags: Array<string>;
      classification: Classification;
      status: string;
      latestVersion: string;
      qualityTier?: QualityTier | null;
      slaStatus?: SlaStatus | null;
      openAlerts: number;
      matchedFields?: Array<string>;
      highlights: Array<{ __typename?: 'Highlight'; field: string; fragments: Array<string> }>;
    }>;
    facets: {
      __typename?: 'SearchFacets';
      domain: Array<{ __typename?: 'FacetBucket'; value: string; count: number }>;
      tag: Array<{ __typename?: 'FacetBucket'; value: string; count: number }>;
      classification: Array<{ __typename?: 'FacetBucket'; value: string; count: number }>;
      status: Array<{ __typename?: 'FacetBucket'; value: string; count: number }>;
      portType: Array<{ __typename?: 'FacetBucket'; value: string; count: number }>;
      qualityTier: Array<{ __typename?: 'FacetBucket'; value: string; count: number }>;
      slaStatus: Array<{ __typename?: 'FacetBucket'; value: string; count: number }>;
    };
  };
};

export type SuggestQueryVariables = Exact<{
  prefix: Scalars['String']['input'];
}>;

export type SuggestQuery = {
  __typename?: 'Query';
  suggest: Array<{ __typename?: 'Suggestion'; text: string; domain: string; name: string; title: string }>;
};

export type FlowsQueryVariables = Exact<{ [key: string]: never }>;

export type FlowsQuery = {
  __typename?: 'Query';
  flows: {
    __typename?: 'FlowConnection';
    nodes: Array<{
      __typename?: 'Flow';
      kind: FlowKind;
      domain: string;
      name: string;
      version: string;
      state: FlowState;
      jobId: string;
      createdAt: string;
      updatedAt: string;
      completedAt?: string | null;
      ports: Array<{
        __typename?: 'PortFlow';
        name: string;
        type: PortType;
        state: PortFlowState;
        outcome?: string | null;
        attempts: number;
        lastError?: string | null;
      }>;
    }>;
  };
};

export type RetryFlowMutationVariables = Exact<{
  domain: Scalars['String']['input'];
  name: Scalars['String']['input'];
  version: Scalars['String']['input'];
}>;

export type RetryFlowMutation = {
  __typename?: 'Mutation';
  retryFlow: { __typename?: 'Flow'; domain: string; name: string; version: string; state: FlowState };
};

export type ProvisioningProgressSubscriptionVariables = Exact<{
  domain: Scalars['String']['input'];
  name: Scalars['String']['input'];
  version?: InputMaybe<Scalars['String']['input']>;
}>;

export type ProvisioningProgressSubscription = {
  __typename?: 'Subscription';
  provisioningProgress: {
    __typename?: 'ProvisioningEvent';
    eventId: string;
    type: ProvisioningEventType;
    port?: string | null;
  };
};

export type FlowLifecycleSubscriptionVariables = Exact<{ [key: string]: never }>;

export type FlowLifecycleSubscription = {
  __typename?: 'Subscription';
  productLifecycle: { __typename?: 'LifecycleEvent'; eventId: string };
};

export type MeshStatusQueryVariables = Exact<{ [key: string]: never }>;

export type MeshStatusQuery = {
  __typename?: 'Query';
  meshStatus: {
    __typename?: 'MeshStatus';
    services: Array<{
      __typename?: 'ServiceStatus';
      name: string;
      outboxUnsentRows?: number | null;
      outboxLagSeconds?: number | null;
      deadLetters?: number | null;
    }>;
    consumers?: Array<{ __typename?: 'ConsumerLag'; group: string; topic: string; lag: number }> | null;
  };
};

export type OverviewQueryVariables = Exact<{ [key: string]: never }>;

export type OverviewQuery = {
  __typename?: 'Query';
  domains: {
    __typename?: 'DomainConnection';
    nodes: Array<{ __typename?: 'Domain'; name: string; title: string; owningTeam: string }>;
  };
  products: {
    __typename?: 'ProductConnection';
    nodes: Array<{
      __typename?: 'Product';
      domain: string;
      name: string;
      title: string;
      status: VersionState;
      quality?: { __typename?: 'Quality'; tier: QualityTier } | null;
    }>;
  };
  mesh: {
    __typename?: 'SearchResult';
    totalCount: number;
    facets: {
      __typename?: 'SearchFacets';
      status: Array<{ __typename?: 'FacetBucket'; value: string; count: number }>;
      qualityTier: Array<{ __typename?: 'FacetBucket'; value: string; count: number }>;
    };
  };
  breaches: {
    __typename?: 'SearchResult';
    totalCount: number;
    nodes: Array<{ __typename?: 'SearchHit'; domain: string; name: string; title: string }>;
  };
  alerts: {
    __typename?: 'AlertConnection';
    totalCount?: number | null;
    nodes: Array<{
      __typename?: 'Alert';
      id: string;
      domain: string;
      name: string;
      version: string;
      ruleKey: string;
      kind: AlertKind;
      severity: AlertSeverity;
      message: string;
      state: AlertState;
      raisedCount: number;
      firstRaisedAt: string;
      lastRaisedAt: string;
      acknowledgedBy?: string | null;
      acknowledgedAt?: string | null;
      acknowledgementNote?: string | null;
      resolvedAt?: string | null;
      resolution?: string | null;
    }>;
  };
  compliance?: {
    __typename?: 'Compliance';
    products: number;
    passing: number;
    passRate: number;
    openViolations: { __typename?: 'ViolationCounts'; total: number; blocking: number; warning: number };
    trend: Array<{ __typename?: 'CompliancePoint'; day: string; passRate: number; openViolations: number }>;
  } | null;
  flows: {
    __typename?: 'FlowConnection';
    totalCount?: number | null;
    nodes: Array<{
      __typename?: 'Flow';
      domain: string;
      name: string;
      version: string;
      createdAt: string;
      ports: Array<{ __typename?: 'PortFlow'; name: string; state: PortFlowState }>;
    }>;
  };
};

export type OverviewLifecycleSubscriptionVariables = Exact<{ [key: string]: never }>;

export type OverviewLifecycleSubscription = {
  __typename?: 'Subscription';
  productLifecycle: { __typename?: 'LifecycleEvent'; eventId: string };
};

export type OverviewSlaSubscriptionVariables = Exact<{ [key: string]: never }>;

export type OverviewSlaSubscription = {
  __typename?: 'Subscription';
  slaEvents: { __typename?: 'SlaEvent'; eventId: string };
};

export type OverviewComplianceSubscriptionVariables = Exact<{ [key: string]: never }>;

export type OverviewComplianceSubscription = {
  __typename?: 'Subscription';
  complianceChanges: { __typename?: 'ComplianceEvent'; eventId: string };
};

export type ProductQueryVariables = Exact<{
  domain: Scalars['String']['input'];
  name: Scalars['String']['input'];
  version?: InputMaybe<Scalars['String']['input']>;
}>;

export type ProductQuery = {
  __typename?: 'Query';
  product?: {
    __typename?: 'Product';
    domain: string;
    name: string;
    title: string;
    description: string;
    owner?: string | null;
    tags: Array<string>;
    classification: Classification;
    latestVersion: string;
    status: VersionState;
    address: string;
    versions: {
      __typename?: 'ProductVersionConnection';
      nodes: Array<{ __typename?: 'ProductVersion'; version: string; state: VersionState }>;
    };
    version?: {
      __typename?: 'ProductVersion';
      version: string;
      state: VersionState;
      address: string;
      proposedAt: string;
      deprecation?: {
        __typename?: 'Deprecation';
        sunsetAt: string;
        replacement?: string | null;
        reason?: string | null;
      } | null;
      ports: Array<{
        __typename?: 'OutputPort';
        name: string;
        type: PortType;
        description?: string | null;
        physicalName?: string | null;
        provisioned: boolean;
        iceberg?: {
          __typename?: 'IcebergConsumption';
          catalogUri: string;
          namespace: string;
          table: string;
          identifier: string;
        } | null;
        kafka?: {
          __typename?: 'KafkaConsumption';
          topic: string;
          schemaSubject: string;
          schemaRegistryUrl: string;
        } | null;
        snippets: Array<{ __typename?: 'Snippet'; label: string; language: string; code: string }>;
      }>;
      contract: {
        __typename?: 'Contract';
        tables: Array<{
          __typename?: 'ContractTable';
          name: string;
          description: string;
          fields: Array<{
            __typename?: 'ContractField';
            name: string;
            type: string;
            description: string;
            required: boolean;
            primaryKey: boolean;
            unique: boolean;
            pii: boolean;
            classification?: Classification | null;
          }>;
        }>;
        rules: Array<{
          __typename?: 'QualityRule';
          id: string;
          table: string;
          field?: string | null;
          severity: PolicySeverity;
          dimension?: string | null;
          description?: string | null;
          metric?: string | null;
        }>;
      };
      sla?: {
        __typename?: 'Sla';
        freshness?: string | null;
        freshnessPort?: string | null;
        availability?: string | null;
        status?: SlaStatus | null;
      } | null;
    } | null;
  } | null;
};

export type ContractFieldsFragment = {
  __typename?: 'Contract';
  tables: Array<{
    __typename?: 'ContractTable';
    name: string;
    description: string;
    fields: Array<{
      __typename?: 'ContractField';
      name: string;
      type: string;
      description: string;
      required: boolean;
      primaryKey: boolean;
      unique: boolean;
      pii: boolean;
      classification?: Classification | null;
    }>;
  }>;
  rules: Array<{
    __typename?: 'QualityRule';
    id: string;
    table: string;
    field?: string | null;
    severity: PolicySeverity;
    dimension?: string | null;
    description?: string | null;
    metric?: string | null;
  }>;
};

export type VersionContractQueryVariables = Exact<{
  domain: Scalars['String']['input'];
  name: Scalars['String']['input'];
  version: Scalars['String']['input'];
}>;

export type VersionContractQuery = {
  __typename?: 'Query';
  product?: {
    __typename?: 'Product';
    domain: string;
    name: string;
    version?: {
      __typename?: 'ProductVersion';
      version: string;
      contract: {
        __typename?: 'Contract';
        tables: Array<{
          __typename?: 'ContractTable';
          name: string;
          description: string;
          fields: Array<{
            __typename?: 'ContractField';
            name: string;
            type: string;
            description: string;
            required: boolean;
            primaryKey: boolean;
            unique: boolean;
            pii: boolean;
            classification?: Classification | null;
          }>;
        }>;
        rules: Array<{
          __typename?: 'QualityRule';
          id: string;
          table: string;
          field?: string | null;
          severity: PolicySeverity;
          dimension?: string | null;
          description?: string | null;
          metric?: string | null;
        }>;
      };
    } | null;
  } | null;
};

export type ProductQualityQueryVariables = Exact<{
  domain: Scalars['String']['input'];
  name: Scalars['String']['input'];
}>;

export type ProductQualityQuery = {
  __typename?: 'Query';
  product?: {
    __typename?: 'Product';
    domain: string;
    name: string;
    quality?: {
      __typename?: 'Quality';
      version: string;
      score?: number | null;
      tier: QualityTier;
      latest: Array<{
        __typename?: 'RuleResult';
        id: string;
        runId: string;
        ruleId: string;
        port: string;
        snapshotId?: string | null;
        severity: PolicySeverity;
        dimension?: string | null;
        observed?: number | null;
        threshold?: string | null;
        outcome: RuleOutcome;
        message?: string | null;
        checkedAt: string;
      }>;
      results: {
        __typename?: 'RuleResultConnection';
        nodes: Array<{
          __typename?: 'RuleResult';
          id: string;
          runId: string;
          ruleId: string;
          outcome: RuleOutcome;
          observed?: number | null;
          checkedAt: string;
        }>;
      };
      openAlerts: Array<{
        __typename?: 'Alert';
        id: string;
        domain: string;
        name: string;
        version: string;
        ruleKey: string;
        kind: AlertKind;
        severity: AlertSeverity;
        message: string;
        state: AlertState;
        raisedCount: number;
        firstRaisedAt: string;
        lastRaisedAt: string;
        acknowledgedBy?: string | null;
        acknowledgedAt?: string | null;
        acknowledgementNote?: string | null;
        resolvedAt?: string | null;
        resolution?: string | null;
      }>;
    } | null;
  } | null;
};

export type ProductLineageQueryVariables = Exact<{
  domain: Scalars['String']['input'];
  name: Scalars['String']['input'];
  depth: Scalars['Int']['input'];
}>;

export type ProductLineageQuery = {
  __typename?: 'Query';
  product?: {
    __typename?: 'Product';
    domain: string;
    name: string;
    downstream?: {
      __typename?: 'ProductNeighbourConnection';
      nodes: Array<{
        __typename?: 'ProductNeighbour';
        domain: string;
        name: string;
        state?: string | null;
        latestVersion?: string | null;
        ownerTeam?: string | null;
        depth: number;
        product?: {
          __typename?: 'Product';
          domain: string;
          name: string;
          lineage?: {
            __typename?: 'ProductNeighbourConnection';
            nodes: Array<{ __typename?: 'ProductNeighbour'; domain: string; name: string }>;
          } | null;
        } | null;
      }>;
    } | null;
    upstream?: {
      __typename?: 'ProductNeighbourConnection';
      nodes: Array<{
        __typename?: 'ProductNeighbour';
        domain: string;
        name: string;
        state?: string | null;
        latestVersion?: string | null;
        ownerTeam?: string | null;
        depth: number;
        product?: {
          __typename?: 'Product';
          domain: string;
          name: string;
          lineage?: {
            __typename?: 'ProductNeighbourConnection';
            nodes: Array<{ __typename?: 'ProductNeighbour'; domain: string; name: string }>;
          } | null;
        } | null;
      }>;
    } | null;
    impact?: {
      __typename?: 'Impact';
      detected: Array<unknown>;
      affected: Array<{
        __typename?: 'ProductNeighbour';
        domain: string;
        name: string;
        depth: number;
        ownerTeam?: string | null;
        state?: string | null;
      }>;
    } | null;
  } | null;
};

export type NeighbourFieldsFragment = {
  __typename?: 'ProductNeighbour';
  domain: string;
  name: string;
  state?: string | null;
  latestVersion?: string | null;
  ownerTeam?: string | null;
  depth: number;
};

export type ProductAccessQueryVariables = Exact<{
  domain: Scalars['String']['input'];
  name: Scalars['String']['input'];
}>;

export type ProductAccessQuery = {
  __typename?: 'Query';
  me: {
    __typename?: 'Me';
    isAdmin: boolean;
    domains: Array<string>;
    principal: { __typename?: 'Principal'; id: string; name: string };
  };
  product?: {
    __typename?: 'Product';
    domain: string;
    name: string;
    access?: {
      __typename?: 'ProductAccess';
      status: MyAccess;
      visibility: string;
      approval: string;
      request?: {
        __typename?: 'AccessRequest';
        id: string;
        principal: string;
        requestedBy: string;
        purpose: string;
        until: string;
        state: AccessState;
        decidedBy?: string | null;
        decidedAt?: string | null;
        reason?: string | null;
        createdAt: string;
      } | null;
    } | null;
    accessRequests?: {
      __typename?: 'AccessRequestConnection';
      nodes: Array<{
        __typename?: 'AccessRequest';
        id: string;
        principal: string;
        requestedBy: string;
        purpose: string;
        until: string;
        state: AccessState;
        decidedBy?: string | null;
        decidedAt?: string | null;
        reason?: string | null;
        createdAt: string;
      }>;
    } | null;
  } | null;
};

export type AccessRequestFieldsFragment = {
  __typename?: 'AccessRequest';
  id: string;
  principal: string;
  requestedBy: string;
  purpose: string;
  until: string;
  state: AccessState;
  decidedBy?: string | null;
  decidedAt?: string | null;
  reason?: string | null;
  createdAt: string;
};

export type RequestAccessMutationVariables = Exact<{
  domain: Scalars['String']['input'];
  name: Scalars['String']['input'];
  input: AccessRequestInput;
}>;

export type RequestAccessMutation = {
  __typename?: 'Mutation';
  requestAccess: {
    __typename?: 'AccessRequest';
    id: string;
    principal: string;
    requestedBy: string;
    purpose: string;
    until: string;
    state: AccessState;
    decidedBy?: string | null;
    decidedAt?: string | null;
    reason?: string | null;
    createdAt: string;
  };
};

export type ApproveAccessMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ApproveAccessMutation = {
  __typename?: 'Mutation';
  approveAccess: {
    __typename?: 'AccessRequest';
    id: string;
    principal: string;
    requestedBy: string;
    purpose: string;
    until: string;
    state: AccessState;
    decidedBy?: string | null;
    decidedAt?: string | null;
    reason?: string | null;
    createdAt: string;
  };
};

export type DenyAccessMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;

export type DenyAccessMutation = {
  __typename?: 'Mutation';
  denyAccess: {
    __typename?: 'AccessRequest';
    id: string;
    principal: string;
    requestedBy: string;
    purpose: string;
    until: string;
    state: AccessState;
    decidedBy?: string | null;
    decidedAt?: string | null;
    reason?: string | null;
    createdAt: string;
  };
};

export type AccessEventsSubscriptionVariables = Exact<{
  domain?: InputMaybe<Scalars['String']['input']>;
}>;

export type AccessEventsSubscription = {
  __typename?: 'Subscription';
  accessRequests: {
    __typename?: 'AccessEvent';
    eventId: string;
    type: AccessEventType;
    name: string;
    requestId?: string | null;
  };
};

export type ProductGovernanceQueryVariables = Exact<{
  domain: Scalars['String']['input'];
  name: Scalars['String']['input'];
  version?: InputMaybe<Scalars['String']['input']>;
}>;

export type ProductGovernanceQuery = {
  __typename?: 'Query';
  product?: {
    __typename?: 'Product';
    domain: string;
    name: string;
    version?: {
      __typename?: 'ProductVersion';
      version: string;
      state: VersionState;
      violations: Array<{
        __typename?: 'PolicyViolation';
        policyId: string;
        policyVersion: number;
        severity: PolicySeverity;
        message: string;
      }>;
      decisions?: Array<{
        __typename?: 'GovernanceDecision';
        decisionId: string;
        trigger: string;
        outcome: DecisionOutcome;
        evaluatedAt: string;
        waived: Array<string>;
        evaluations: Array<{
          __typename?: 'PolicyEvaluation';
          policyId: string;
          policyVersion: number;
          severity: PolicySeverity;
          outcome: EvaluationOutcome;
          message?: string | null;
        }>;
      }> | null;
    } | null;
  } | null;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  __typename?: 'Query';
  me: {
    __typename?: 'Me';
    isAdmin: boolean;
    domains: Array<string>;
    tokenExpiresAt?: string | null;
    principal: {
      __typename?: 'Principal';
      id: string;
      name: string;
      kind: PrincipalKind;
      roles: Array<{ __typename?: 'RoleGrant'; role: Role; domain?: string | null }>;
    };
  };
};

export const AlertFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AlertFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Alert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRaisedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRaisedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgementNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AlertFieldsFragment, unknown>;
export const ComplianceSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplianceSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Compliance' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openViolations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'blocking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openViolations' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplianceSummaryFragment, unknown>;
export const ContractFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContractFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contract' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tables' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'primaryKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unique' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pii' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContractFieldsFragment, unknown>;
export const NeighbourFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeighbourFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductNeighbour' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'latestVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerTeam' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeighbourFieldsFragment, unknown>;
export const AccessRequestFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessRequestFieldsFragment, unknown>;
export const AlertsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Alerts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AlertState' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'severity' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AlertSeverity' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'alerts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'severity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'severity' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlertFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AlertFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Alert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRaisedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRaisedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgementNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AlertsQuery, AlertsQueryVariables>;
export const AcknowledgeAlertDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcknowledgeAlert' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgeAlert' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlertFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AlertFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Alert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRaisedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRaisedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgementNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const QualityAlertsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'QualityAlerts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'qualityAlerts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'eventId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'alertId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'product' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QualityAlertsSubscription, QualityAlertsSubscriptionVariables>;
export const GovernanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Governance' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'policies' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expression' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'revisions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'changedBy' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'policy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'compliance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplianceSummary' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'domains' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'products' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passRate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'openViolations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'blocking' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'waivers' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeInactive' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'product' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'policyId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'approver' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplianceSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Compliance' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openViolations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'blocking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openViolations' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GovernanceQuery, GovernanceQueryVariables>;
export const DomainViolationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DomainViolations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'compliance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'violations' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DomainViolationsQuery, DomainViolationsQueryVariables>;
export const GovernanceChangesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'GovernanceChanges' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complianceChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'eventId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GovernanceChangesSubscription, GovernanceChangesSubscriptionVariables>;
export const SearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Search' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'q' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filters' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SearchFilters' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'field' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withFields' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SearchSort' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'search' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'q' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'q' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filters' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filters' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'field' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'field' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalExact' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'latestVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'qualityTier' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slaStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openAlerts' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'matchedFields' },
                        directives: [
                          {
                            kind: 'Directive',
                            name: { kind: 'Name', value: 'include' },
                            arguments: [
                              {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'if' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'withFields' } },
                              },
                            ],
                          },
                        ],
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'highlights' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fragments' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'facets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'domain' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tag' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'classification' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'status' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'portType' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'qualityTier' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'slaStatus' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SuggestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Suggest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'prefix' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'prefix' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'prefix' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '8' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuggestQuery, SuggestQueryVariables>;
export const FlowsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Flows' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flows' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ports' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FlowsQuery, FlowsQueryVariables>;
export const RetryFlowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryFlow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retryFlow' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetryFlowMutation, RetryFlowMutationVariables>;
export const ProvisioningProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ProvisioningProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'provisioningProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'eventId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'port' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProvisioningProgressSubscription, ProvisioningProgressSubscriptionVariables>;
export const FlowLifecycleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'FlowLifecycle' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productLifecycle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'eventId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FlowLifecycleSubscription, FlowLifecycleSubscriptionVariables>;
export const MeshStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeshStatus' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meshStatus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'services' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outboxUnsentRows' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outboxLagSeconds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadLetters' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'consumers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lag' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeshStatusQuery, MeshStatusQueryVariables>;
export const OverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Overview' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'domains' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'owningTeam' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'products' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'quality' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'tier' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'mesh' },
            name: { kind: 'Name', value: 'search' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'sort' }, value: { kind: 'EnumValue', value: 'NAME' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'facets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'status' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'qualityTier' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'breaches' },
            name: { kind: 'Name', value: 'search' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'sort' }, value: { kind: 'EnumValue', value: 'NAME' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filters' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'slaStatus' },
                      value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'BREACHED' }] },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'alerts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'OPEN' }] },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlertFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'compliance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplianceSummary' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flows' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'EnumValue', value: 'RUNNING' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ports' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AlertFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Alert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRaisedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRaisedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgementNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplianceSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Compliance' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openViolations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'blocking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openViolations' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const OverviewLifecycleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'OverviewLifecycle' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productLifecycle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'eventId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewLifecycleSubscription, OverviewLifecycleSubscriptionVariables>;
export const OverviewSlaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'OverviewSla' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slaEvents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'eventId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewSlaSubscription, OverviewSlaSubscriptionVariables>;
export const OverviewComplianceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'OverviewCompliance' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complianceChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'eventId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewComplianceSubscription, OverviewComplianceSubscriptionVariables>;
export const ProductDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Product' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latestVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'version' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'version' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deprecation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'sunsetAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'replacement' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ports' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'physicalName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'provisioned' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'iceberg' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'catalogUri' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'namespace' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'identifier' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'kafka' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'schemaSubject' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'schemaRegistryUrl' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'snippets' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'contract' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContractFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sla' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'freshness' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'freshnessPort' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContractFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contract' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tables' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'primaryKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unique' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pii' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductQuery, ProductQueryVariables>;
export const VersionContractDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VersionContract' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'version' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'version' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'contract' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContractFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContractFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contract' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tables' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'primaryKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unique' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pii' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersionContractQuery, VersionContractQueryVariables>;
export const ProductQualityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductQuality' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'quality' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latest' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'port' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'snapshotId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'observed' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'results' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'IntValue', value: '100' },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'observed' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'openAlerts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlertFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AlertFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Alert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRaisedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastRaisedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgementNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolution' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductQualityQuery, ProductQualityQueryVariables>;
export const ProductLineageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductLineage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'downstream' },
                  name: { kind: 'Name', value: 'lineage' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'DOWNSTREAM' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'depth' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '30' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeighbourFields' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'product' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'lineage' },
                                    arguments: [
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'direction' },
                                        value: { kind: 'EnumValue', value: 'DOWNSTREAM' },
                                      },
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'depth' },
                                        value: { kind: 'IntValue', value: '1' },
                                      },
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'first' },
                                        value: { kind: 'IntValue', value: '10' },
                                      },
                                    ],
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'nodes' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'upstream' },
                  name: { kind: 'Name', value: 'lineage' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'UPSTREAM' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'depth' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '30' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeighbourFields' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'product' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'lineage' },
                                    arguments: [
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'direction' },
                                        value: { kind: 'EnumValue', value: 'UPSTREAM' },
                                      },
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'depth' },
                                        value: { kind: 'IntValue', value: '1' },
                                      },
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'first' },
                                        value: { kind: 'IntValue', value: '10' },
                                      },
                                    ],
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'nodes' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'impact' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'affected' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ownerTeam' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'detected' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeighbourFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductNeighbour' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'latestVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerTeam' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductLineageQuery, ProductLineageQueryVariables>;
export const ProductAccessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductAccess' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'isAdmin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'domains' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'principal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'access' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'approval' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'request' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessRequestFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'accessRequests' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessRequestFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductAccessQuery, ProductAccessQueryVariables>;
export const RequestAccessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestAccess' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessRequestInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestAccess' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessRequestFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestAccessMutation, RequestAccessMutationVariables>;
export const ApproveAccessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveAccess' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveAccess' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessRequestFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveAccessMutation, ApproveAccessMutationVariables>;
export const DenyAccessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DenyAccess' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'denyAccess' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessRequestFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessRequestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DenyAccessMutation, DenyAccessMutationVariables>;
export const AccessEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'AccessEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accessRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'eventId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessEventsSubscription, AccessEventsSubscriptionVariables>;
export const ProductGovernanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProductGovernance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'product' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'version' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'version' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'violations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'policyId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'policyVersion' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'decisions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'decisionId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'evaluatedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'waived' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'evaluations' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'policyId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'policyVersion' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductGovernanceQuery, ProductGovernanceQueryVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'isAdmin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'domains' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'principal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'roles' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
