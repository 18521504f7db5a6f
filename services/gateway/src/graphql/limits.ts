import {
  GraphQLError,
  Kind,
  getNamedType,
  getOperationAST,
  isCompositeType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  /** What a connection field counts for when the query leaves `first` out. */
  defaultPageSize: number;
}

/**
 * Depth and cost limits, checked once the operation and its variables are known and before anything runs (for
 * HTTP in the Apollo plugin, for subscriptions when graphql-ws receives `subscribe`). Depth counts nested fields,
 * fragments inlined. Cost estimates the work asked for: each field costs 1, and a field with a `first` argument (a
 * connection) multiplies what it selects by the page size asked for, so `products(first: 50) { nodes { quality
 * { score } } }` costs about 50 × 3. Both errors name the limit.
 */
export function queryLimitErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  limits: QueryLimits,
): GraphQLError[] {
  const operation = getOperationAST(document, operationName);
  if (operation === null || operation === undefined) return [];
  const rootType = schema.getRootType(operation.operation);
  if (rootType === null || rootType === undefined) return [];
  const fragments = new Map<string, FragmentDefinitionNode>(
    document.definitions
      .filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const walker = new Walker(fragments, variables ?? {}, limits.defaultPageSize);
  const { depth, cost } = walker.measure(operation.selectionSet, rootType, 1);
  const name = operation.name?.value ?? 'the operation';
  const errors: GraphQLError[] = [];
  if (depth > limits.maxDepth) {
    errors.push(
      limitError(
        `${name} is ${depth} levels deep; the limit is ${limits.maxDepth} (MAX_QUERY_DEPTH): ask for less nesting`,
        'query_too_deep',
        'MAX_QUERY_DEPTH',
        limits.maxDepth,
        depth,
      ),
    );
  }
  if (cost > limits.maxCost) {
    errors.push(
      limitError(
        `${name} would cost ${cost}; the limit is ${limits.maxCost} (MAX_QUERY_COST): ask for smaller pages or fewer fields`,
        'query_too_costly',
        'MAX_QUERY_COST',
        limits.maxCost,
        cost,
      ),
    );
  }
  return errors;
}

function limitError(message: string, code: string, limit: string, maximum: number, actual: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit, maximum, actual, http: { status: 400 } } });
}

class Walker {
  private readonly visiting = new Set<string>();

  constructor(
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Readonly<Record<string, unknown>>,
    private readonly defaultPageSize: number,
  ) {}

  /** The depth and cost of a selection set on `type`, at `level`. */
  measure(selectionSet: SelectionSetNode, type: GraphQLCompositeType, level: number): { depth: number; cost: number } {
    let depth = level;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const measured = this.measureField(selection, type, level);
        depth = Math.max(depth, measured.depth);
        cost += measured.cost;
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments.get(selection.name.value);
      if (fragment === undefined) continue;
      // A fragment spread inside itself is reported by NoFragmentCycles; here it simply stops.
      const key = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : undefined;
      if (key !== undefined && this.visiting.has(key)) continue;
      if (key !== undefined) this.visiting.add(key);
      const measured = this.measure(fragment.selectionSet, type, level);
      if (key !== undefined) this.visiting.delete(key);
      depth = Math.max(depth, measured.depth);
      cost += measured.cost;
    }
    return { depth, cost };
  }

  private measureField(node: FieldNode, parent: GraphQLCompositeType, level: number): { depth: number; cost: number } {
    if (node.selectionSet === undefined) return { depth: level, cost: 1 };
    const field =
      'getFields' in parent ? (parent.getFields()[node.name.value] as GraphQLField<unknown, unknown>) : undefined;
    const type = field === undefined ? undefined : getNamedType(field.type);
    if (type === undefined || !isCompositeType(type)) return { depth: level, cost: 1 };
    const inner = this.measure(node.selectionSet, type, level + 1);
    return { depth: inner.depth, cost: 1 + this.pageSizeOf(node, field) * inner.cost };
  }

  private pageSizeOf(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined): number {
    if (field === undefined || !field.args.some((arg) => arg.name === 'first')) return 1;
    const argument = node.arguments?.find((arg) => arg.name.value === 'first');
    const size = argument === undefined ? this.defaultPageSize : this.valueOf(argument.value);
    return typeof size === 'number' && size > 0 ? size : this.defaultPageSize;
  }

  private valueOf(value: ValueNode): unknown {
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) return this.variables[value.name.value];
    return undefined;
  }
}
