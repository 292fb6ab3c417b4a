const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { FUNCTION_SOURCES } = require("./scripts/function-sources");
const FunctionsJaPlugin = require("./scripts/functions-ja-plugin");

const DEV_URL = "https://localhost:3000/";
/**
 * Where the add-in is hosted in production, fixed at build time:
 *   ADDIN_URL=https://addins.example.org/supportcost/ npm run build
 * Without it a production build keeps the localhost URL (fine for sideloading a local build).
 */
function productionUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\/[^\s]+\/$/.test(url)) {
    throw new Error(`ADDIN_URL must be an https URL ending in "/", got "${url}"`);
  }
  return url;
}

async function devServerHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    console.warn(
      `\nCould not use Office's trusted development certificate (${String(error.message || error).split("\n")[0]}).\n` +
        "Serving with a self-signed certificate instead: open https://localhost:3000/taskpane.html once in your browser\n" +
        "and accept the certificate before uploading manifest.xml to Excel on the web.\n",
    );
    return "https";
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const baseUrl = dev ? DEV_URL : productionUrl();
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/register.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // Every catalog is compiled to message ASTs at build time (below), so the runtime needs no ICU parser.
      alias: { "@formatjs/icu-messageformat-parser$": path.resolve(__dirname, "node_modules/@formatjs/icu-messageformat-parser/no-parser.js") },
    },
    module: {
      rules: [
        {
          test: /[\\/]src[\\/](taskpane[\\/]i18n[\\/](en|ja)[\\/](?!index\.ts$)[^\\/]+|workbook[\\/]i18n[\\/](en|ja))\.ts$/,
          enforce: "pre",
          use: path.resolve(__dirname, "scripts/icu-precompile-loader.js"),
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true, compilerOptions: { sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_SOURCES.map((f) => `./${f}`) }),
      // functions.ja.json: the same metadata with Japanese help, for Excel in Japanese (manifest ja-jp override).
      new FunctionsJaPlugin({ input: FUNCTION_SOURCES.map((f) => path.resolve(__dirname, f)) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the pane page also hosts the custom functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(baseUrl)),
          },
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: dev ? await devServerHttps() : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
