import * as fs from "fs";
import * as path from "path";
import { checkFunctionsJson, checkManifestXml, checkSingleBase } from "../../scripts/manifest-check";

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

  it("rejects a manifest that mixes hosts", () => {
    expect(checkSingleBase(["https://a.example/x", "https://a.example/y"])).toEqual([]);
    expect(checkSingleBase(["https://a.example/x", "https://b.example/y"])[0]).toMatch(/mixes hosts/);
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
