import {
  getNullableType,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLScalarType,
  type GraphQLSchema,
  isListType,
  isScalarType,
  Kind,
  type ValidationRule,
  type ValueNode,
} from 'graphql';

/** Every table's key is a signed 32-bit INTEGER on both engines. */
export const MAX_ID = 2_147_483_647;
/**
 * The widest number any Float input may carry: DECIMAL(12,2) (land and floor areas) is the
 * narrowest decimal column a Float is stored in; money columns are DECIMAL(14,2). Field rules
 * give narrower limits with their own messages; this keeps everything else out of SQL.
 */
export const MAX_FLOAT_INPUT = 9_999_999_999.99;

function refuse(reason: string, value: unknown): never {
  throw new GraphQLError(`${reason} (got ${JSON.stringify(value)?.slice(0, 40)})`, {
    extensions: { code: 'BAD_USER_INPUT', reason },
  });
}

/** An id as the API takes it: a positive integer within the key range, as digits or a number. */
export function parseIdValue(value: unknown): string {
  const reason = `编号应为 1 至 ${MAX_ID} 之间的整数`;
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1 && value <= MAX_ID) return String(value);
    refuse(reason, value);
  }
  if (typeof value !== 'string' || !/^[0-9]{1,10}$/.test(value)) refuse(reason, value);
  const id = Number(value);
  if (id < 1 || id > MAX_ID) refuse(reason, value);
  return String(id);
}

/**
 * An id from a query string (the file endpoints), parsed as the ID scalar parses one: absent is
 * null, a bad one is added to `errors` under `field`.
 */
export function idParam(
  value: unknown,
  field: string,
  errors: { add(field: string, message: string | null): void },
): string | null {
  if (value === undefined || value === null || value === '') return null;
  try {
    return parseIdValue(value);
  } catch (error) {
    errors.add(field, String((error as GraphQLError).extensions?.reason ?? '编号无效'));
    return null;
  }
}

export function parseFloatValue(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) refuse('应为数字', value);
  if (Math.abs(value) > MAX_FLOAT_INPUT)
    refuse(`数值超出允许范围（绝对值不超过 ${MAX_FLOAT_INPUT}）`, value);
  return value;
}

function literal(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return Number(ast.value);
  return refuse('格式不正确', ast.kind);
}

/**
 * Input parsing of the built-in ID and Float scalars, applied once to the schema: every id
 * argument and input field, at every path, is a valid key before any resolver runs, and every
 * Float fits the columns; a bad one is BAD_USER_INPUT, never a query with Infinity or NaN in it.
 * The type names stay ID and Float (the public contract), only their input parsing is stricter.
 */
export function hardenInputScalars(schema: GraphQLSchema): GraphQLSchema {
  const id = schema.getType('ID') as GraphQLScalarType | undefined;
  if (id) {
    id.parseValue = parseIdValue;
    id.parseLiteral = (ast) => parseIdValue(literal(ast));
  }
  const float = schema.getType('Float') as GraphQLScalarType | undefined;
  if (float) {
    float.parseValue = parseFloatValue;
    float.parseLiteral = (ast) => {
      if (ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT) refuse('应为数字', ast.kind);
      return parseFloatValue(Number(ast.value));
    };
  }
  return schema;
}

const CHECKED_SCALARS = new Set(['ID', 'Float', 'Date']);

/**
 * Bad ids, numbers and dates written into the document itself (`setUserActive(id: "abc")`)
 * are refused in validation like any literal of the wrong type; this rule does it first and
 * names the argument or input field, as BAD_USER_INPUT does for variables.
 */
export const NamedLiteralsRule: ValidationRule = (context) => {
  const check = (name: string, node: ValueNode, type: GraphQLInputType | null | undefined) => {
    if (!type || node.kind === Kind.VARIABLE || node.kind === Kind.NULL) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const items = node.kind === Kind.LIST ? node.values : [node];
      for (const item of items) check(name, item, nullable.ofType as GraphQLInputType);
      return;
    }
    if (!isScalarType(nullable) || !CHECKED_SCALARS.has(nullable.name)) return;
    try {
      nullable.parseLiteral(node, undefined);
    } catch (error) {
      const reason = (error as GraphQLError).extensions?.reason;
      if (typeof reason !== 'string') return;
      context.reportError(
        new GraphQLError(reason, {
          nodes: [node],
          extensions: { code: 'BAD_USER_INPUT', reason, fields: { [name]: reason } },
        }),
      );
    }
  };
  return {
    Argument(node) {
      check(node.name.value, node.value, context.getArgument()?.type);
    },
    ObjectField(node) {
      check(node.name.value, node.value, context.getInputType());
    },
  };
};
