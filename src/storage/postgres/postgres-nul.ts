import {
  OperationNodeTransformer,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';

// PostgreSQL's text cannot hold U+0000, which SQLite stores and real input carries (text
// pulled out of PDFs, a hostile note). Rather than lose it or fail the write, strings go in
// with U+0000 written as U+FFFF "0" (and U+FFFF itself doubled) and come back decoded. U+FFFF
// is a noncharacter: text never meant to hold it pays only for the check.

/** A string as it is stored: U+0000 written as U+FFFF "0", U+FFFF doubled (for writes that bypass the plugin). */
export const encodeNul = (s: string) => (/[\u0000\uFFFF]/.test(s) ? s.replace(/[\u0000\uFFFF]/g, (c) => (c === '\u0000' ? '\uFFFF0' : '\uFFFF\uFFFF')) : s);
const decode = (s: string) => (s.includes('\uFFFF') ? s.replace(/\uFFFF([\s\S])/g, (_, c: string) => (c === '0' ? '\u0000' : c)) : s);

class NulEncoder extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return typeof node.value === 'string' ? { ...node, value: encodeNul(node.value) } : node;
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return { ...node, values: node.values.map((v) => (typeof v === 'string' ? encodeNul(v) : v)) };
  }
}

/** Lets strings with U+0000 through PostgreSQL and back unchanged (see above). */
export class NulSafePlugin implements KyselyPlugin {
  private readonly encoder = new NulEncoder();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.encoder.transformNode(args.node);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    for (const row of args.result.rows) {
      for (const key in row) if (typeof row[key] === 'string') row[key] = decode(row[key] as string);
    }
    return args.result;
  }
}
