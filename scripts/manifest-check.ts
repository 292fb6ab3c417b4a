/**
 * Offline checks of the add-in manifest, for where Microsoft's online validator
 * (`npm run validate`) cannot be reached offline. It checks what the XSD and the
 * Office runtime would reject: well-formed XML, element order, a GUID id, resource ids that
 * resolve, https-only URLs, the custom-functions namespace, a consistent shared runtime, locale
 * overrides (each with a Locale, in the right namespace, a language's function help in its own file),
 * and the generated functions.json against the code's functions.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { REQUIRED_EXCEL_API } from "../src/workbook/requirements";

type Node = Record<string, unknown> & { ":@"?: Record<string, string> };

/** An <Override Locale="…" Value="…"/> of a top-level setting or a bt:Override of a resource. */
export interface LocaleOverride {
  /** The resource id (Functions.Metadata.Url, GetStarted.Title …) or the element (DisplayName …) it overrides. */
  of: string;
  locale: string;
  value: string;
  /** Whether the value is a URL (bt:Url, bt:Image, IconUrl …) rather than text. */
  url: boolean;
}

export interface ManifestFacts {
  urls: string[];
  namespace?: string;
  resources: Map<string, string>;
  overrides: LocaleOverride[];
}

const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const VERSION_OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
/** Order of OfficeApp's children in the TaskPaneApp schema (those we use and their neighbours). */
const OFFICE_APP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "AllowSnapshot", "VersionOverrides",
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URL_ATTRIBUTE_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Image", "bt:Url"]);
/** Elements whose value a locale can override (the schema's LocaleAwareSetting types and resources). */
const OVERRIDABLE = new Set(["DisplayName", "Description", ...URL_ATTRIBUTE_ELEMENTS, "bt:String"]);
/** BCP 47 as the manifest uses it: ja-jp, en-us, fr-fr, de. */
const LOCALE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
/** The schema's longest ShortString and LongString. */
const STRING_LIMITS: Record<string, number> = { "bt:ShortStrings": 125, "bt:LongStrings": 250 };

function tagOf(node: Node): string {
  const tag = Object.keys(node).find((k) => k !== ":@");
  if (!tag) throw new Error("empty node");
  return tag;
}

function childrenOf(node: Node): Node[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as Node[]) : [];
}

function textOf(node: Node): string {
  return childrenOf(node)
    .map((c) => (typeof c["#text"] === "string" || typeof c["#text"] === "number" ? String(c["#text"]) : ""))
    .join("")
    .trim();
}

function walk(node: Node, visit: (node: Node, path: string[]) => void, path: string[] = []): void {
  const tag = tagOf(node);
  if (tag === "#text") return;
  const here = [...path, tag];
  visit(node, here);
  for (const child of childrenOf(node)) walk(child, visit, here);
}

/** Problems found in a manifest's XML; an empty list means it passed. */
export function checkManifestXml(xml: string): { problems: string[]; facts: ManifestFacts } {
  const problems: string[] = [];
  const facts: ManifestFacts = { urls: [], resources: new Map(), overrides: [] };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    problems.push(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
    return { problems, facts };
  }
  const parsed = new XMLParser({ ignoreAttributes: false, preserveOrder: true, attributeNamePrefix: "", parseTagValue: false }).parse(xml) as Node[];
  const root = parsed.find((n) => tagOf(n) === "OfficeApp");
  if (!root) {
    problems.push("the root element must be OfficeApp");
    return { problems, facts };
  }
  const rootAttrs = root[":@"] ?? {};
  if (rootAttrs.xmlns !== OFFICE_APP_NS) problems.push(`OfficeApp must use the namespace ${OFFICE_APP_NS}`);
  if (rootAttrs["xsi:type"] !== "TaskPaneApp") problems.push('OfficeApp must be xsi:type="TaskPaneApp"');

  const top = childrenOf(root).filter((n) => tagOf(n) !== "#text");
  const order = top.map(tagOf);
  let last = -1;
  for (const tag of order) {
    const at = OFFICE_APP_ORDER.indexOf(tag);
    if (at < 0) problems.push(`unexpected element <${tag}> in OfficeApp`);
    else if (at < last) problems.push(`<${tag}> is out of order in OfficeApp (the schema's order is ${OFFICE_APP_ORDER.join(", ")})`);
    last = Math.max(last, at);
  }
  const first = (tag: string) => top.find((n) => tagOf(n) === tag);
  const id = first("Id");
  if (!id || !GUID.test(textOf(id))) problems.push(`<Id> must be a GUID, got "${id ? textOf(id) : ""}"`);
  const version = first("Version");
  if (!version || !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(textOf(version))) problems.push("<Version> must look like 1.0.0.0");
  const permissions = first("Permissions");
  if (!permissions || textOf(permissions) !== "ReadWriteDocument") {
    problems.push(`<Permissions> must be ReadWriteDocument, got "${permissions ? textOf(permissions) : ""}"`);
  }
  for (const tag of ["ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "Hosts", "DefaultSettings"]) {
    if (!first(tag)) problems.push(`<${tag}> is missing`);
  }
  const overrides = first("VersionOverrides");
  if (!overrides) problems.push("<VersionOverrides> is missing: custom functions need it");
  else if (overrides[":@"]?.xmlns !== VERSION_OVERRIDES_NS) problems.push(`VersionOverrides must use the namespace ${VERSION_OVERRIDES_NS}`);

  // Resources: ids, uniqueness, and what each resid points at.
  const residUses: { resid: string; where: string }[] = [];
  const runtimes: string[] = [];
  const sourceLocations = new Map<string, string>();
  let requiresSharedRuntime = false;
  let excelApi: string | undefined;
  walk(root, (node, path) => {
    const tag = tagOf(node);
    const attrs = node[":@"] ?? {};
    const parent = path[path.length - 2];
    if ((tag === "bt:Image" || tag === "bt:Url" || tag === "bt:String") && parent && /^bt:(Images|Urls|ShortStrings|LongStrings)$/.test(parent)) {
      if (!attrs.id) problems.push(`<${tag}> without an id in ${parent}`);
      else if (facts.resources.has(attrs.id)) problems.push(`resource id "${attrs.id}" is defined twice`);
      else facts.resources.set(attrs.id, attrs.DefaultValue ?? "");
      if (attrs.id && attrs.id.length > 32) problems.push(`resource id "${attrs.id}" is longer than 32 characters`);
    }
    if (attrs.resid !== undefined) {
      residUses.push({ resid: attrs.resid, where: path.join(" > ") });
      if (tag === "Runtime") runtimes.push(attrs.resid);
      if (tag === "SourceLocation" || tag === "FunctionFile") sourceLocations.set(path.slice(-3).join(" > "), attrs.resid);
    }
    if (URL_ATTRIBUTE_ELEMENTS.has(tag) && attrs.DefaultValue !== undefined) facts.urls.push(attrs.DefaultValue);
    if (OVERRIDABLE.has(tag)) problems.push(...readOverrides(node, parent, facts));
    const limit = tag === "bt:String" && parent ? STRING_LIMITS[parent] : undefined;
    if (limit !== undefined && (attrs.DefaultValue ?? "").length > limit) problems.push(`the string "${attrs.id}" is longer than ${limit} characters`);
    if (tag === "AppDomain") facts.urls.push(textOf(node));
    if (tag === "Set" && attrs.Name === "SharedRuntime") requiresSharedRuntime = true;
    if (tag === "Set" && attrs.Name === "ExcelApi") excelApi = attrs.MinVersion;
    if (tag === "Namespace") facts.namespace = facts.resources.get(attrs.resid ?? "") ?? `resid:${attrs.resid}`;
  });
  for (const use of residUses) {
    if (!facts.resources.has(use.resid)) problems.push(`resid "${use.resid}" (${use.where}) does not resolve to a resource`);
    if (use.resid.length > 32) problems.push(`resid "${use.resid}" is longer than 32 characters`);
  }
  // The namespace element is visited before Resources are read; resolve it again now.
  walk(root, (node) => {
    if (tagOf(node) === "Namespace") facts.namespace = facts.resources.get(node[":@"]?.resid ?? "") ?? undefined;
  });
  for (const url of facts.urls) {
    if (!/^https:\/\/[^\s/]+/.test(url)) problems.push(`URL "${url}" must be https`);
  }
  if (!facts.namespace) problems.push("the custom functions <Namespace> is missing or does not resolve");
  else if (facts.namespace !== "SUPPORTCOST") problems.push(`the custom functions namespace must be SUPPORTCOST, got "${facts.namespace}"`);

  // Shared runtime: the pane, the functions page and the function file are one page, kept alive.
  if (!requiresSharedRuntime) problems.push('Requirements must include <Set Name="SharedRuntime" MinVersion="1.1"/>');
  // The workbook code's minimum ExcelApi, so Excel installs the add-in only where the pane's actions work.
  if (excelApi === undefined || versionBelow(excelApi, REQUIRED_EXCEL_API)) {
    problems.push(`Requirements must include <Set Name="ExcelApi" MinVersion="${REQUIRED_EXCEL_API}"/> (the workbook code needs it); found ${excelApi ?? "none"}`);
  }
  if (runtimes.length !== 1) problems.push(`expected exactly one <Runtime>, found ${runtimes.length}`);
  if (!/lifetime="long"/.test(xml)) problems.push('the shared <Runtime> must have lifetime="long"');
  const runtime = runtimes[0];
  for (const [where, resid] of sourceLocations) {
    if (/(Page|FunctionFile|Action) > SourceLocation$|FunctionFile$/.test(where) && resid !== runtime) {
      problems.push(`${where} uses "${resid}" but the shared runtime is "${runtime}"`);
    }
  }
  problems.push(...checkOverrides(facts.overrides));
  const scriptUrl = facts.resources.get("Functions.Script.Url");
  const metadataUrl = facts.resources.get("Functions.Metadata.Url");
  if (!scriptUrl?.endsWith("/functions.js")) problems.push("Functions.Script.Url must point at functions.js");
  if (!metadataUrl?.endsWith("/functions.json")) problems.push("Functions.Metadata.Url must point at functions.json");
  return { problems, facts };
}

/** The Override children of one overridable element, added to the facts; the problems they have. */
function readOverrides(node: Node, parent: string | undefined, facts: ManifestFacts): string[] {
  const problems: string[] = [];
  const tag = tagOf(node);
  const attrs = node[":@"] ?? {};
  const of = attrs.id ?? tag;
  const expected = tag.startsWith("bt:") ? "bt:Override" : "Override";
  const seen = new Set<string>();
  for (const child of childrenOf(node)) {
    const childTag = tagOf(child);
    if (!/^(bt:)?Override$/.test(childTag)) continue;
    if (childTag !== expected) problems.push(`the override of ${of} must be <${expected}>, not <${childTag}>`);
    const { Locale: locale, Value: value } = child[":@"] ?? {};
    if (!locale) problems.push(`an <${childTag}> of ${of} has no Locale`);
    else if (!LOCALE.test(locale)) problems.push(`the override of ${of} has the Locale "${locale}", which is not a language tag such as ja-jp`);
    else if (seen.has(locale.toLowerCase())) problems.push(`${of} is overridden twice for ${locale}`);
    if (!value) problems.push(`the ${locale ?? ""} override of ${of} has no Value`);
    const limit = parent ? STRING_LIMITS[parent] : undefined;
    if (limit !== undefined && (value ?? "").length > limit) problems.push(`the ${locale} override of ${of} is longer than ${limit} characters`);
    if (!locale || !value) continue;
    seen.add(locale.toLowerCase());
    const url = URL_ATTRIBUTE_ELEMENTS.has(tag);
    if (url) facts.urls.push(value);
    facts.overrides.push({ of, locale, value, url });
  }
  return problems;
}

/**
 * What the overrides must say together: the namespace stays the same in every language (formulas name
 * it), a language's function help comes from its own file (functions.ja.json for ja-jp), and a locale
 * that overrides the add-in's name also gives its function help, and the other way round.
 */
function checkOverrides(overrides: readonly LocaleOverride[]): string[] {
  const problems: string[] = [];
  const locales = (of: string) => new Set(overrides.filter((o) => o.of === of).map((o) => o.locale.toLowerCase()));
  for (const o of overrides) {
    if (o.of === "Functions.Namespace") problems.push(`Functions.Namespace must not be overridden (${o.locale}): formulas name it in every language`);
    if (o.of === "Functions.Metadata.Url") {
      const file = `functions.${o.locale.split("-")[0].toLowerCase()}.json`;
      if (!o.value.endsWith(`/${file}`)) problems.push(`the ${o.locale} override of Functions.Metadata.Url must point at ${file}, got "${o.value}"`);
    }
  }
  const named = locales("DisplayName");
  const helped = locales("Functions.Metadata.Url");
  for (const l of named) if (!helped.has(l)) problems.push(`DisplayName is overridden for ${l} but Functions.Metadata.Url is not: the function help would stay English`);
  for (const l of helped) if (!named.has(l)) problems.push(`Functions.Metadata.Url is overridden for ${l} but DisplayName is not`);
  return problems;
}

/**
 * Every URL of a built manifest under the add-in's base (that of functions.js) names a file the build
 * emitted, overrides included: a ja-jp functions.ja.json that was never built would leave Japanese Excel
 * without functions. `emitted` says whether a path relative to dist/ exists.
 */
export function checkEmittedFiles(facts: ManifestFacts, emitted: (relativePath: string) => boolean): string[] {
  const script = facts.resources.get("Functions.Script.Url");
  if (!script?.endsWith("/functions.js")) return [];
  const base = script.slice(0, -"functions.js".length);
  const problems: string[] = [];
  for (const url of new Set(facts.urls)) {
    if (!url.startsWith(base)) continue;
    const file = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]);
    if (!emitted(file)) problems.push(`${url} names ${file}, which the build did not emit`);
  }
  return problems;
}

interface FunctionsJson {
  functions: { id: string; name: string; parameters: unknown[] }[];
}

/** Problems between the generated functions.json, the ids the code declares, and the built script. */
export function checkFunctionsJson(json: string, codeIds: readonly string[], script?: string): string[] {
  const problems: string[] = [];
  let parsed: FunctionsJson;
  try {
    parsed = JSON.parse(json) as FunctionsJson;
  } catch (error) {
    return [`functions.json is not valid JSON: ${(error as Error).message}`];
  }
  const ids = parsed.functions.map((f) => f.id);
  const seen = new Set<string>();
  for (const f of parsed.functions) {
    if (seen.has(f.id)) problems.push(`function id ${f.id} is declared twice`);
    seen.add(f.id);
    if (!/^[A-Z0-9._]+$/.test(f.id)) problems.push(`function id ${f.id} must use only A-Z, 0-9, "." and "_"`);
    if (!/^[A-Za-z][A-Za-z0-9._]*$/.test(f.name)) problems.push(`function name ${f.name} is not a valid Excel name`);
    if (script !== undefined && !script.includes(`CustomFunctions.associate("${f.id}"`)) {
      problems.push(`function ${f.id} is in functions.json but functions.js never associates it`);
    }
  }
  const missing = codeIds.filter((id) => !seen.has(id));
  const extra = ids.filter((id) => !codeIds.includes(id));
  if (missing.length) problems.push(`functions.json lacks functions the code declares: ${missing.join(", ")}`);
  if (extra.length) problems.push(`functions.json has functions the code does not declare: ${extra.join(", ")}`);
  return problems;
}

/** Every URL in a built manifest must start with the one base the build was given. */
export function checkSingleBase(urls: readonly string[]): string[] {
  const bases = new Set(urls.map((u) => new URL(u).origin));
  return bases.size > 1 ? [`the manifest mixes hosts: ${[...bases].join(", ")}`] : [];
}

/** "1.7" < "1.10": compares dotted versions number by number. */
function versionBelow(version: string, minimum: string): boolean {
  const a = version.split(".").map(Number);
  const b = minimum.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (!(x === y)) return !(x > y);
  }
  return false;
}
