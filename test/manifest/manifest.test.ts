import * as fs from "fs";
import * as path from "path";
import { JA_METADATA_FILE } from "../../scripts/functions-ja";
import { checkEmittedFiles, checkFunctionsJson, checkManifestXml, checkSingleBase } from "../../scripts/manifest-check";

const manifest = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const golden = fs.readFileSync(path.resolve(__dirname, "../golden/functions.json"), "utf8");
const codeIds: string[] = (JSON.parse(golden) as { functions: { id: string }[] }).functions.map((f) => f.id);

describe("offline manifest check", () => {
  it("passes the project's manifest", () => {
    const { problems, facts } = checkManifestXml(manifest);
    expect(problems).toEqual([]);
    expect(facts.namespace).toBe("SUPPORTCOST");
    expect(facts.urls.length).toBeGreaterThan(5);
  });

  it.each([
    ["malformed XML", (m: string) => m.replace("</Hosts>", ""), /not well-formed XML/],
    ["an id that is not a GUID", (m: string) => m.replace(/<Id>[^<]+<\/Id>/, "<Id>supportcost</Id>"), /<Id> must be a GUID/],
    ["a resid that resolves nowhere", (m: string) => m.replace('resid="Functions.Script.Url"', 'resid="Functions.Script.Typo"'), /resid "Functions.Script.Typo" .* does not resolve/],
    ["a plain-http URL", (m: string) => m.replace("https://localhost:3000/functions.json", "http://localhost:3000/functions.json"), /URL "http:\/\/localhost:3000\/functions.json" must be https/],
    ["another namespace", (m: string) => m.replace('DefaultValue="SUPPORTCOST"', 'DefaultValue="CONTOSO"'), /namespace must be SUPPORTCOST, got "CONTOSO"/],
    ["broader permissions", (m: string) => m.replace("<Permissions>ReadWriteDocument", "<Permissions>ReadWriteMailbox"), /Permissions> must be ReadWriteDocument/],
    ["elements out of schema order", (m: string) => m.replace(/(<ProviderName>[^<]*<\/ProviderName>)\s*(<DefaultLocale>[^<]*<\/DefaultLocale>)/, "$2$1"), /<ProviderName> is out of order/],
    ["a duplicated resource id", (m: string) => m.replace('<bt:String id="Group.Label"', '<bt:String id="GetStarted.Title"'), /resource id "GetStarted.Title" is defined twice/],
    ["a resid over 32 characters", (m: string) => m.split("TaskpaneButton.Tooltip").join("TaskpaneButton.TooltipThatIsFarTooLong"), /longer than 32 characters/],
    ["a functions page outside the shared runtime", (m: string) => m.replace(/<Page>\s*<SourceLocation resid="Taskpane.Url" \/>/, '<Page><SourceLocation resid="Functions.Script.Url" />'), /Page > SourceLocation uses "Functions.Script.Url" but the shared runtime is "Taskpane.Url"/],
    ["no SharedRuntime requirement", (m: string) => m.replace('<Set Name="SharedRuntime" MinVersion="1.1" />', ""), /SharedRuntime/],
    ["no ExcelApi requirement", (m: string) => m.replace('<Set Name="ExcelApi" MinVersion="1.7" />', ""), /ExcelApi" MinVersion="1\.7".*found none/],
    ["an ExcelApi below what the workbook code needs", (m: string) => m.replace('<Set Name="ExcelApi" MinVersion="1.7" />', '<Set Name="ExcelApi" MinVersion="1.4" />'), /found 1\.4/],
  ])("rejects %s", (_what, mutate, message) => {
    const mutated = mutate(manifest);
    expect(mutated).not.toBe(manifest);
    expect(checkManifestXml(mutated).problems.join("\n")).toMatch(message);
  });

  it.each([
    ["an Override without a Locale", (m: string) => m.replace('<bt:Override Locale="ja-jp" Value="サポート予算" />', '<bt:Override Value="サポート予算" />'), /an <bt:Override> of TaskpaneButton.Label has no Locale/],
    ["an Override without a Value", (m: string) => m.replace('<Override Locale="ja-jp" Value="SupportCost サポートコスト予測" />', '<Override Locale="ja-jp" />'), /ja-jp override of DisplayName has no Value/],
    ["a Locale that is not a language tag", (m: string) => m.replace('<bt:Override Locale="ja-jp" Value="サポート予算" />', '<bt:Override Locale="Japanese" Value="サポート予算" />'), /Locale "Japanese", which is not a language tag/],
    ["a resource override without the bt: prefix", (m: string) => m.replace('<bt:Override Locale="ja-jp" Value="サポート予算" />', '<Override Locale="ja-jp" Value="サポート予算" />'), /override of TaskpaneButton.Label must be <bt:Override>, not <Override>/],
    ["one locale overridden twice", (m: string) => m.replace('<bt:Override Locale="ja-jp" Value="サポート予算" />', '<bt:Override Locale="ja-jp" Value="サポート予算" /><bt:Override Locale="ja-JP" Value="予算" />'), /TaskpaneButton.Label is overridden twice for ja-JP/],
    ["Japanese Excel pointed at the English help", (m: string) => m.replace("https://localhost:3000/functions.ja.json", "https://localhost:3000/functions.json"), /ja-jp override of Functions.Metadata.Url must point at functions.ja.json/],
    ["a plain-http override URL", (m: string) => m.replace("https://localhost:3000/functions.ja.json", "http://localhost:3000/functions.ja.json"), /URL "http:\/\/localhost:3000\/functions.ja.json" must be https/],
    ["a Japanese name without Japanese function help", (m: string) => m.replace(/<bt:Override Locale="ja-jp" Value="https:\/\/localhost:3000\/functions.ja.json" \/>/, ""), /DisplayName is overridden for ja-jp but Functions.Metadata.Url is not/],
    ["a localised namespace, which would break formulas", (m: string) => m.replace('<bt:String id="Functions.Namespace" DefaultValue="SUPPORTCOST" />', '<bt:String id="Functions.Namespace" DefaultValue="SUPPORTCOST"><bt:Override Locale="ja-jp" Value="サポートコスト" /></bt:String>'), /Functions.Namespace must not be overridden/],
    ["a short string over 125 characters", (m: string) => m.replace('Value="サポート予算"', `Value="${"予".repeat(126)}"`), /ja-jp override of TaskpaneButton.Label is longer than 125 characters/],
  ])("rejects %s", (_what, mutate, message) => {
    const mutated = mutate(manifest);
    expect(mutated).not.toBe(manifest);
    expect(checkManifestXml(mutated).problems.join("\n")).toMatch(message);
  });

  it("rejects a manifest that mixes hosts", () => {
    expect(checkSingleBase(["https://a.example/x", "https://a.example/y"])).toEqual([]);
    expect(checkSingleBase(["https://a.example/x", "https://b.example/y"])[0]).toMatch(/mixes hosts/);
  });
});

describe("the Japanese (ja-jp) overrides", () => {
  const { facts } = checkManifestXml(manifest);
  const ja = new Map(facts.overrides.filter((o) => o.locale === "ja-jp").map((o) => [o.of, o.value]));

  it("give Japanese Excel the add-in's name, description, button, welcome text and function help", () => {
    expect([...ja.keys()].sort()).toEqual(
      ["Description", "DisplayName", "Functions.Metadata.Url", "GetStarted.Description", "GetStarted.Title", "TaskpaneButton.Label", "TaskpaneButton.Tooltip"].sort(),
    );
    for (const [of, value] of ja) if (of !== "Functions.Metadata.Url") expect([of, value]).toEqual([of, expect.stringMatching(/[\u3040-\u30ff\u4e00-\u9fff]/)]);
    expect(facts.overrides.every((o) => o.locale.length > 0)).toBe(true);
  });

  it("point the function help at the file the build emits, on the same host as the English one", () => {
    expect(ja.get("Functions.Metadata.Url")).toBe(facts.resources.get("Functions.Metadata.Url")?.replace(/functions\.json$/, JA_METADATA_FILE));
  });

  it("keep the function names English: only the help is overridden, never the namespace", () => {
    expect(facts.namespace).toBe("SUPPORTCOST");
    expect(facts.overrides.some((o) => o.of === "Functions.Namespace")).toBe(false);
  });

  it("name only files a build emits (checked on dist/ by npm run check:manifest)", () => {
    const built = new Set(["functions.js", "functions.json", JA_METADATA_FILE, "taskpane.html", ...fs.readdirSync(path.resolve(__dirname, "../../assets")).map((f) => `assets/${f}`)]);
    expect(checkEmittedFiles(facts, (f) => built.has(f))).toEqual([]);
    built.delete(JA_METADATA_FILE);
    expect(checkEmittedFiles(facts, (f) => built.has(f))).toEqual([`https://localhost:3000/${JA_METADATA_FILE} names ${JA_METADATA_FILE}, which the build did not emit`]);
  });
});

describe("functions.json consistency", () => {
  const associations = codeIds.map((id) => `CustomFunctions.associate("${id}", f);`).join("\n");

  it("passes the generated metadata against the code and the built script", () => {
    expect(checkFunctionsJson(golden, codeIds, associations)).toEqual([]);
  });

  it("finds functions missing on either side", () => {
    expect(checkFunctionsJson(golden, [...codeIds, "UNSHIPPED"]).join()).toMatch(/lacks functions the code declares: UNSHIPPED/);
    expect(checkFunctionsJson(golden, codeIds.slice(1)).join()).toMatch(/has functions the code does not declare: TOTAL/);
  });

  it("finds a function the script never associates", () => {
    expect(checkFunctionsJson(golden, codeIds, associations.replace(`"AI"`, `"XAI"`)).join()).toMatch(/AI is in functions.json but functions.js never associates it/);
  });

  it("rejects invalid JSON", () => {
    expect(checkFunctionsJson("{", codeIds)[0]).toMatch(/not valid JSON/);
  });
});
