import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNullableType,
  getOperationAST,
  GraphQLError,
  type GraphQLSchema,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * What one GraphQL request may ask for. Every page of the client costs a tenth of the budget
 * or less (test/api/graphql-limits.spec.ts prints each document's cost); ten aliases of a
 * 200-project page with its nested lists cost many times the budget.
 */
export const GRAPHQL_LIMITS = {
  /** Nesting of fields, fragments unfolded. */
  maxDepth: 12,
  /** Aliased fields anywhere in the operation. */
  maxAliases: 30,
  /** Fields at the top of the operation. */
  maxRootFields: 20,
  /** `login` fields in one request: one password check per request. */
  maxLogins: 1,
  /** The cost budget, see costOf. */
  maxCost: 200_000,
  /** Tokens in a document: parsing stops beyond it. */
  maxTokens: 10_000,
};

/** A list without a `first` argument (a project's flags, timeline, arrivals) counts this many items. */
const LIST_ITEMS = 10;
/** Lists whose length is fixed or set by the parent's `first`. */
const ITEMS_OF: Record<string, number> = { 'Board.columns': 5 };

/**
 * Cost of a field: 1, plus its children once per item it returns. A field with a `first`
 * argument returns that many (or its default page) items; a connection's `edges` are those
 * items already; any other list counts LIST_ITEMS items.
 */
const pageEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const key = `${type.name}.${field.name}`;
  if (ITEMS_OF[key] !== undefined) return 1 + ITEMS_OF[key] * childComplexity;
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = typeof args.first === 'number' && args.first > 0 ? args.first : 50;
    return 1 + first * childComplexity;
  }
  if (type.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes'))
    return 1 + childComplexity;
  if (isListType(getNullableType(field.type))) return 1 + LIST_ITEMS * childComplexity;
  return undefined;
};

export interface DocumentMeasure {
  depth: number;
  aliases: number;
  rootFields: number;
  logins: number;
  cost: number;
}

/** Depth, aliases, root fields, logins and cost of the operation a request runs. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): DocumentMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);

  let aliases = 0;
  let logins = 0;
  let rootFields = 0;
  // Depth of a selection set; fragments are unfolded (validation has refused cycles).
  const walk = (set: SelectionSetNode, level: number, seen: Set<string>): number => {
    let deepest = level;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (level === 0) {
          rootFields++;
          if (operation.operation === 'mutation' && selection.name.value === 'login') logins++;
        }
        if (selection.alias) aliases++;
        deepest = Math.max(
          deepest,
          selection.selectionSet ? walk(selection.selectionSet, level + 1, seen) : level + 1,
        );
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, walk(selection.selectionSet, level, seen));
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        deepest = Math.max(
          deepest,
          walk(fragment.selectionSet, level, new Set([...seen, fragment.name.value])),
        );
      }
    }
    return deepest;
  };
  const depth = walk(operation.selectionSet, 0, new Set());
  let cost = 0;
  try {
    cost = getComplexity({
      schema,
      query: document,
      operationName: operation.name?.value,
      variables,
      estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    // Variables that do not fit their types: execution refuses them before any resolver runs.
  }
  return { depth, aliases, rootFields, logins, cost };
}

function tooComplex(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 }, ...extensions },
  });
}

/** Why a measured operation is refused, in Chinese, or null when it is within every limit. */
export function limitError(measure: DocumentMeasure, limits = GRAPHQL_LIMITS): GraphQLError | null {
  if (measure.logins > limits.maxLogins) return tooComplex('一次请求只能登录一次');
  if (measure.depth > limits.maxDepth)
    return tooComplex(`查询嵌套过深（${measure.depth} 层，最多 ${limits.maxDepth} 层）`);
  if (measure.aliases > limits.maxAliases)
    return tooComplex(`查询别名过多（${measure.aliases} 个，最多 ${limits.maxAliases} 个）`);
  if (measure.rootFields > limits.maxRootFields)
    return tooComplex(
      `一次请求的查询项过多（${measure.rootFields} 个，最多 ${limits.maxRootFields} 个）`,
    );
  if (measure.cost > limits.maxCost)
    return tooComplex(
      `查询过于复杂（代价 ${measure.cost}，上限 ${limits.maxCost}），请缩小范围或分页`,
      {
        cost: measure.cost,
        maxCost: limits.maxCost,
      },
    );
  return null;
}

/**
 * Refuses, after validation and before execution, an operation over any limit, and a request
 * whose operationName names no operation in its document.
 */
export function graphqlLimitsPlugin(limits = GRAPHQL_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) {
            throw new GraphQLError(
              request.operationName
                ? `文档中没有名为 ${JSON.stringify(request.operationName).slice(0, 60)} 的操作`
                : '文档含有多个操作时须指定 operationName',
              { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
            );
          }
          const error = limitError(
            measureOperation(schema, document, operation, request.variables ?? {}),
            limits,
          );
          if (error) throw error;
        },
      };
    },
  };
}

/** The operation a request runs, as Apollo picks it. */
export function operationOf(document: DocumentNode, operationName?: string | null) {
  return getOperationAST(document, operationName) ?? undefined;
}
