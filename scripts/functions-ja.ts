/**
 * functions.ja.json, the function help Excel shows when its display language is Japanese. It is the
 * metadata custom-functions-metadata generates from the JSDoc — the same generator, the same source
 * files as functions.json — with every description replaced by its Japanese text from
 * src/functions/help.ja.ts. Ids, names, types and options stay the English file's, so a formula reads
 * the same in every language. Used by the webpack build (functions-ja-plugin.js), the offline manifest
 * check and the tests.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { HELP_JA, type FunctionHelpJa } from "../src/functions/help.ja";

/** The file the build emits beside functions.json, and the manifest's ja-jp override names. */
export const JA_METADATA_FILE = "functions.ja.json";

interface Described {
  description?: string;
  [key: string]: unknown;
}
interface FunctionMetadata extends Described {
  id: string;
  name: string;
  parameters: (Described & { name: string })[];
  result?: Described;
}
interface Metadata {
  functions: FunctionMetadata[];
  enums?: unknown[];
  [key: string]: unknown;
}

/** Hiragana, katakana or kanji: a text without any is not Japanese. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

export function isJapanese(text: string | undefined): boolean {
  return typeof text === "string" && JAPANESE.test(text);
}

/**
 * The English metadata with the Japanese help put in, and what the help lacks or names in vain. A text
 * the help lacks stays English (Excel still shows something), and is named in the problems.
 */
export function localizeMetadata(englishJson: string, help: Record<string, FunctionHelpJa> = HELP_JA): { json: string; problems: string[] } {
  const metadata = JSON.parse(englishJson) as Metadata;
  const problems: string[] = [];
  const use = (where: string, english: string | undefined, japanese: string | undefined): string | undefined => {
    if (english === undefined) return undefined;
    if (japanese === undefined || japanese.trim() === "") {
      problems.push(`${where} has no Japanese help`);
      return english;
    }
    if (!isJapanese(japanese)) problems.push(`${where}: the Japanese help is not in Japanese: "${japanese}"`);
    return japanese;
  };
  for (const f of metadata.functions) {
    const entry = help[f.id];
    if (!entry) problems.push(`function ${f.id} has no entry in the Japanese help`);
    const description = use(`function ${f.id}`, f.description, entry?.description);
    if (description !== undefined) f.description = description;
    for (const p of f.parameters) {
      const text = use(`parameter ${p.name} of ${f.id}`, p.description, entry?.parameters[p.name]);
      if (text !== undefined) p.description = text;
    }
    if (f.result?.description !== undefined) f.result.description = use(`the result of ${f.id}`, f.result.description, entry?.result);
    for (const name of Object.keys(entry?.parameters ?? {})) {
      if (!f.parameters.some((p) => p.name === name)) problems.push(`the Japanese help names a parameter ${name} that ${f.id} does not have`);
    }
    if (entry?.result !== undefined && f.result?.description === undefined) problems.push(`the Japanese help has a result text for ${f.id}, whose result has no description`);
  }
  for (const id of Object.keys(help)) {
    if (!metadata.functions.some((f) => f.id === id)) problems.push(`the Japanese help names a function ${id} that the code does not declare`);
  }
  if (metadata.enums?.length) problems.push("the metadata declares enums, whose tooltips the Japanese help does not cover yet");
  return { json: JSON.stringify(metadata, null, 4), problems };
}

export interface GeneratedMetadata {
  /** functions.json as the metadata plugin writes it. */
  english: string;
  /** functions.ja.json. */
  japanese: string;
  /** Gaps in the Japanese help (the build warns; the tests fail). */
  problems: string[];
  /** The generator's own errors (bad JSDoc): nothing was generated. */
  errors: string[];
}

/** Both files from the function sources, with the generator the metadata plugin uses. */
export async function generateJapaneseMetadata(sources: readonly string[]): Promise<GeneratedMetadata> {
  const generated = await generateCustomFunctionsMetadata([...sources], false);
  if (generated.errors.length > 0 || !generated.metadataJson) {
    return { english: generated.metadataJson, japanese: "", problems: [], errors: generated.errors.length ? generated.errors : ["no functions found"] };
  }
  const { json, problems } = localizeMetadata(generated.metadataJson);
  return { english: generated.metadataJson, japanese: json, problems, errors: [] };
}

/** Everything but the help texts: ids, names, types, dimensionality, options, their order. */
function shapeOf(f: FunctionMetadata): unknown {
  const strip = (d: Described | undefined) => (d === undefined ? undefined : Object.fromEntries(Object.entries(d).filter(([k]) => k !== "description")));
  return { ...strip(f), parameters: f.parameters.map(strip), result: strip(f.result) };
}

/** How the Japanese file differs from the English one other than in its descriptions (none: []). */
export function shapeDifferences(englishJson: string, japaneseJson: string): string[] {
  const en = JSON.parse(englishJson) as Metadata;
  const ja = JSON.parse(japaneseJson) as Metadata;
  const problems: string[] = [];
  const enIds = en.functions.map((f) => f.id).join(", ");
  const jaIds = ja.functions.map((f) => f.id).join(", ");
  if (enIds !== jaIds) problems.push(`the functions differ: English ${enIds}; Japanese ${jaIds}`);
  for (const f of ja.functions) {
    const twin = en.functions.find((e) => e.id === f.id);
    if (twin && JSON.stringify(shapeOf(twin)) !== JSON.stringify(shapeOf(f))) {
      problems.push(`${f.id} differs from the English metadata in more than its help: ${JSON.stringify(shapeOf(f))}`);
    }
  }
  const rest = (m: Metadata) => JSON.stringify({ ...m, functions: undefined });
  if (rest(en) !== rest(ja)) problems.push("the files differ outside their functions");
  return problems;
}
