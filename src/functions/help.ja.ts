/**
 * The Japanese help of the =SUPPORTCOST.* functions, keyed by function id and parameter name. The build
 * (scripts/functions-ja.ts) puts these texts into functions.ja.json, the metadata Excel reads when its
 * display language is Japanese; everything else — ids, names, types, options — stays as generated from
 * the JSDoc, so formulas keep working in every language. Function names are never translated.
 *
 * Terms follow docs/glossary-ja.md. Values typed into a formula ("annual", "Essential", "seed", plan ids)
 * stay in English in "double quotes": the functions read only those. Excel's own help style: plain
 * です・ます, full-width （） and ：, worksheet = ワークシート (シート alone is a seat).
 */

export interface FunctionHelpJa {
  /** What the function does, shown when it is picked from Excel's list. */
  description: string;
  /** Each parameter's help, keyed by its name in the JSDoc (@param). */
  parameters: Record<string, string>;
  /** The result's help, only where the English metadata has one. */
  result?: string;
}

// Texts several functions share, written once.
const STACK_ANY_CASE =
  '構成：プラン名（"Essential"、"Advanced"、"Expert"。大文字・小文字は区別しません）、価格表のプランID（"freshdesk-pro" など）、またはヘルプデスクとAIエージェントの組み合わせである構成（"freshdesk-pro+eesel" など）。';
const STACK =
  '構成：プラン名（"Essential"、"Advanced"、"Expert"）、価格表のプランID（"freshdesk-pro" など）、またはヘルプデスクとAIエージェントの組み合わせである構成（"freshdesk-pro+eesel" など）。';
const PLAN_OR_STACK =
  'プラン：プラン名（"Essential"、"Advanced"、"Expert"。大文字・小文字は区別しません）、価格表のプランID（"zendesk-professional" など）、または構成（"zendesk-professional+fin-standalone" など）。';
const SEATS = "ヘルプデスクのシート数（0以上の整数。空白は0）。";
const SEATS_SHORT = "ヘルプデスクのシート数。";
const BILLING_DEFAULT_BLANK = '"annual"（年間払いの月額。既定値で、空白も同じ）または "monthly"（月払い）。';
const BILLING = '"annual"（年間払い。既定値）または "monthly"（月払い）。';
const AI_RATE =
  "1解決あたりの単価（米ドル）。価格表の単価（Intercomは$0.99）の代わりに使います。価格表の単価を使うときは省略してください。デスクトップ版Excelは空白セルを0として渡すため、0と空白セルは受け付けません。";
const AI_MINIMUM =
  "解決が1件以上ある月に最低限請求される解決数。価格表の最低数（Intercomは50）の代わりに使います。価格表の値を使うときは省略してください。0と空白セルは受け付けません（最低数なしは価格表で0に設定）。";
const PRICE_BOOK =
  '計算に使う価格表：価格表の範囲（作業ウィンドウがワークシート「SupportCost Prices」に書き込む表 SupportCost_Prices など）、または組み込みの版（"seed"（既定値）または "intercom-2026"）。空白は組み込みの seed 版です。';
const PRICE_BOOK_SHORT =
  '計算に使う価格表：価格表の範囲（SupportCost_Prices など）、または組み込みの版（"seed"（既定値）または "intercom-2026"）。空白は組み込みの seed 版です。';
const AI_INVOLVED_RISK =
  "AIが関与する月ごとの想定会話数。AIが関与した会話すべてに課金する構成（Freshdesk、Agentforce、eesel）では、解決数ではなくこの値からリスクをシミュレーションします。1つの数値、行・列の範囲、または予測・下限・上限（Forecast、Lower、Upper）の列。解決ごとに課金する構成では不要です。";
const RISK_MONTHS = "対象期間の月数：想定数量が1つの数値なら既定値は12、範囲なら空白のままにします。";
const CONTACTS_PER_HOUR = "最繁忙の1時間に届くチャットまたは電話の件数。空白または0はなし（エージェント不要）。";
const AHT_SECONDS = "平均処理時間（秒）：1件あたりの通話・チャット時間と後処理の合計（180 など）。";
const SERVICE_LEVEL = "answerSeconds 以内に応答する問い合わせの目標割合（0～1。0.8 = 80%）。";
const ANSWER_SECONDS = "目標割合の問い合わせに応答するまでの秒数（20 など）。空白または0は待ち時間なしで応答。";
const SHRINKAGE = "有給時間のうちエージェントが対応できない時間の割合（休憩、研修、欠勤）。0以上1未満（0.3 など）。空白または0はなし。";
const MAX_OCCUPANCY = "稼働時間のうちエージェントが問い合わせ対応に充てる割合の上限。0より大きく1以下（0.85 など）。空白または0は上限なし。";
/** AGENTS and STAFFING take the same live-channel arguments. */
const LIVE_CHANNEL = {
  contactsPerHour: CONTACTS_PER_HOUR,
  ahtSeconds: AHT_SECONDS,
  serviceLevel: SERVICE_LEVEL,
  answerSeconds: ANSWER_SECONDS,
  shrinkage: SHRINKAGE,
  maxOccupancy: MAX_OCCUPANCY,
};

export const HELP_JA: Record<string, FunctionHelpJa> = {
  TOTAL: {
    description:
      "プランの総コストを返します：各月のシート料金とAIエージェント料金を、価格表に基づいて月ごとに計算した合計です（Intercom：解決ごとに$0.99、解決が1件以上ある月は月額最低50解決。解決のない月はAI料金なし）。",
    parameters: {
      tier: STACK_ANY_CASE,
      seats: SEATS,
      resolutions:
        "AIエージェントの月ごとの解決数：1つの数値（各月に同じ値）、または1セル1か月の行・列の範囲。空白または0の月はAI料金なし。",
      months:
        "月数。解決数が1つの数値なら既定値は1、範囲なら空白のまま（または範囲の月数）にします。空白または0は既定値です。",
      billing: BILLING_DEFAULT_BLANK,
      aiRate: AI_RATE,
      aiMinimum: AI_MINIMUM,
      priceBook: PRICE_BOOK,
      aiInvolved:
        "AIが関与した月ごとの会話数。AIが関与した会話すべてに課金する構成（Freshdesk、Agentforce、eesel）で使います。1つの数値、または解決数と同じく月ごとの行・列の範囲。解決ごとに課金する構成では不要で、空白は指定なしです。",
    },
  },
  SEATS: {
    description: "シート料金のみを返します：シート数 × 1シート1か月あたりの価格 × 月数（構成にシート単位のアドオンがあれば含みます）。",
    parameters: {
      tier: PLAN_OR_STACK,
      seats: SEATS,
      months: "月数（既定値は1。空白または0は既定値）。",
      billing: BILLING,
      priceBook: PRICE_BOOK,
    },
  },
  AI: {
    description:
      "AIエージェント料金のみを、価格表に基づいて月ごとに計算します（IntercomのFin：解決が1件以上ある月ごとに 単価 × max(解決数, 最低数)）。",
    parameters: {
      resolutions: "月ごとの解決数：1つの数値（各月に同じ値）、または月ごとの行・列の範囲。空白または0の月は料金なし。",
      months:
        "月数。1つの数値なら既定値は1、範囲なら空白のまま（または範囲の月数）にします。空白または0は既定値です。",
      aiRate: AI_RATE,
      aiMinimum: AI_MINIMUM,
      plan: 'どのAIエージェントか：価格表のプラン名またはプランID（"fin-standalone" など）。空白はヘルプデスクとセットで提供される IntercomのFin です。',
      priceBook: PRICE_BOOK,
    },
  },
  MONTHLY: {
    description:
      "月別の内訳をスピルします：見出し行に続けて1か月1行で、月・解決数・シート料金・AI料金・合計（Month、Resolutions、Seat cost、AI cost、Total）を返します。",
    parameters: {
      tier: PLAN_OR_STACK,
      seats: SEATS,
      resolutions: "AIエージェントの月ごとの解決数を1セル1か月で並べた行・列（空白または0の月はAI料金なし）。",
      billing: BILLING,
      aiRate: AI_RATE,
      aiMinimum: AI_MINIMUM,
      priceBook: PRICE_BOOK,
      aiInvolved:
        "AIが関与した月ごとの会話数。AIが関与した会話すべてに課金する構成（Freshdesk、Agentforce、eesel）で使います。1つの数値、または解決数と同じく月ごとの行・列の範囲。解決ごとに課金する構成では不要で、空白は指定なしです。",
    },
  },
  PRICE: {
    description: "価格表から1シート1か月あたりの価格を返します。",
    parameters: {
      tier: 'プラン：プラン名（"Essential"、"Advanced"、"Expert"。大文字・小文字は区別しません）または価格表のプランID（"zendesk-professional" など）。',
      billing: BILLING_DEFAULT_BLANK,
      priceBook: PRICE_BOOK,
    },
  },
  TIERS: {
    description:
      "価格表をスピルします：1価格1行で、プラン、価格項目、金額、単位、出典、時点を示し、12か月より前に確認した価格には古いという印を付けます。引数を省略すると組み込みの seed 版です。",
    parameters: {
      priceBook: PRICE_BOOK,
    },
  },
  TIER: {
    description: '指定した機能をすべて備えた最も安いプランを返します（機能は "SSO"、"HIPAA"、"workflows"、"multi-brand" など）。',
    parameters: {
      requirements: "必要な機能（1つ以上）：テキスト値またはその範囲（空白セルは無視）。Excelはすべてを1つのリストとして渡します。",
    },
  },
  FORECAST: {
    description:
      "過去の実績から月次の数量を予測し、将来の各月の Period、Forecast、Lower、Upper（期間、予測、下限、上限）をスピルします。予測は実績のある3つの手法（指数平滑法、Theta法、3年以上の履歴があれば季節ARIMA）の平均です。2年分の履歴でも年周期の季節性を検出し、直近に水準が跳ねた場合は新しい水準から予測します。Lower～Upper の区間は履歴そのものの振れ幅より狭くなりません。FORECAST.ETS のないWeb版を含め、すべてのExcelで動作します。",
    parameters: {
      history:
        "過去の月次数量（1行または1列、古い順、最大3,000セル）。欠けている月は =NA() で示します（30%まで）。空白セルはデスクトップ版Excelと同じく0として扱います。",
      horizon: "予測する月数（1～120）。",
      seasonality:
        '"auto" または 1（既定値：12か月の季節性を自動検出）、"none"、または季節の長さ（2～24か月）。デスクトップ版Excelは空白セルを0として渡すため、0は受け付けません。',
      confidence: "Lower～Upper の区間の信頼水準（0～1。既定値は0.95で、空白または0も同じ）。",
    },
  },
  BUDGETRISK: {
    description:
      "AIの数量が不確実なプランの予算リスクを求めます（10,000通りの将来をシミュレーションし、再計算しても同じ結果）。0.95 などのパーセンタイルを指定すると、その確率で収まる総コストを返します。予算額を指定すると、総コストが予算を超える確率を返します。",
    parameters: {
      tier: STACK,
      seats: SEATS_SHORT,
      resolutions:
        "AIの月ごとの想定解決数：1つの数値、月ごとの行・列の範囲、または SUPPORTCOST.FORECAST が返す予測・下限・上限（Forecast、Lower、Upper）の列。",
      volatility:
        "1か月の数量の振れ幅：月次数量の変動係数（0.25 = 通常の月は約±25%以内）。予測・下限・上限（Forecast、Lower、Upper）の範囲を渡した場合は、その区間の信頼水準（既定値は0.95）。",
      months: RISK_MONTHS,
      percentileOrBudget:
        "0～1の割合（既定値は0.95で、空白または0も同じ）なら総コストのそのパーセンタイルを返します。1以上の金額は予算とみなし、予算超過の確率を返します。",
      billing: BILLING,
      correlation: "想定外の数量変動の前月との相関。0（既定値）から1未満：忙しい月の次も忙しくなりやすい度合いです。",
      priceBook: PRICE_BOOK_SHORT,
      aiInvolved: AI_INVOLVED_RISK,
    },
  },
  RISKTABLE: {
    description:
      "AIの数量が不確実なプランの予算リスク表をスピルします：計画コスト、総コストの平均・P5・P50・P90・P95・P99、予算リスク額（P95 − 計画コスト）、最も高い月、予算超過の確率。",
    parameters: {
      tier: STACK,
      seats: SEATS_SHORT,
      resolutions:
        "AIの月ごとの想定解決数：1つの数値、月ごとの行・列の範囲、または SUPPORTCOST.FORECAST が返す予測・下限・上限（Forecast、Lower、Upper）の列。",
      volatility:
        "月次数量の変動係数（0.25 = 約±25%）。予測・下限・上限（Forecast、Lower、Upper）の範囲を渡した場合は、その区間の信頼水準（既定値は0.95）。",
      months: RISK_MONTHS,
      budget: "対象期間の予算総額（米ドル）。予算超過の確率を求めるときに指定します（空白または0は予算なし）。",
      billing: BILLING,
      correlation: "想定外の数量変動の前月との相関。0（既定値）から1未満。",
      priceBook: PRICE_BOOK_SHORT,
      aiInvolved: AI_INVOLVED_RISK,
    },
  },
  AGENTS: {
    description:
      "ライブチャネル（チャットまたは電話）の最繁忙の1時間に配置するエージェント数をアーランC式で求めます。最大占有率を超えずに目標割合の問い合わせに応答時間内で応答できる最少の稼働エージェント数を、(1 − シュリンケージ) で割って切り上げます。例：1時間200件、180秒、20秒以内80%、シュリンケージ30% → 20。どの引数も空白と0は同じ意味です。",
    parameters: LIVE_CHANNEL,
  },
  STAFFING: {
    description:
      "ライブチャネルの最繁忙の1時間の人員計画をアーランC式で求めてスピルします（引数は SUPPORTCOST.AGENTS と同じ）：稼働エージェント数、シュリンケージを見込んだ配置エージェント数、問い合わせが待たされる確率、達成サービスレベル、平均応答速度（秒）、占有率、トラフィック量（アーラン）。どの引数も空白と0は同じ意味です。",
    parameters: LIVE_CHANNEL,
  },
  COMPARE: {
    description:
      "1つの数量シナリオでヘルプデスクとAIの構成を比較し、構成ごとのシート料金、AI料金、合計、AI解決1件あたり・会話1件あたりの実質コストをスピルして最安に印を付けます。続けて、最安の構成が入れ替わる月間数量を示します。価格は価格表から取り、各ベンダーは数量の連鎖（セッション、会話、解決、成果）のうち自社が課金する段階で計算します。",
    parameters: {
      conversations: "月ごとの会話数：1つの数値（各月に同じ値）、または1セル1か月の行・列の範囲。空白または0の月は会話なし。",
      involvement: "AIエージェントが関与する会話の割合（0～1。0.5 = 50%）。空白は0。",
      resolution: "そのうちAIエージェントが単独で解決する割合（0～1。0.6 = 60%）。空白は0。",
      seats: SEATS,
      months: "会話数が1つの数値のときの月数（既定値は12。空白または0は既定値）。範囲なら空白のままにします。",
      billing: BILLING_DEFAULT_BLANK,
      stacks:
        '比較する構成："freshdesk-pro" や "zendesk-professional+fin-standalone" などのID（範囲、またはカンマ区切り）。空白は5社のベンダーの構成です。',
      priceBook: PRICE_BOOK_SHORT,
    },
  },
  VARIANCE: {
    description:
      "請求額を計画と比べ、予実差異を月ごとに要因分解します：計画コスト、数量差異（実績の会話数を計画のAI率で計算）、AI率差異（実績のAI関与率と解決率による差）、請求差異（請求額と、実績件数でモデル計算した請求額との差）、請求額をスピルします。計画コストと各差異の合計は請求額と1セント単位まで一致します。続けて年初来の累計を示し、$1を超える請求差異には印を付けます。",
    parameters: {
      tier: STACK,
      seats: SEATS_SHORT,
      plannedConversations: "計画の月ごとの会話数：1つの数値、または実績の各月に1つずつ値を並べた行・列。",
      plannedInvolvement: "計画上、AIが関与する会話の割合（0～1）。",
      plannedResolution: "計画上、AIが関与した会話のうちAIが解決する割合（0～1）。",
      actualConversations: "実績の会話数（1セル1か月の行・列）。",
      actualInvolvement: "実績でAIが関与した会話の割合（0～1）：1つの数値、または月ごとの値。",
      actualResolution: "実績でAIが関与した会話のうちAIが解決した割合（請求ベース、0～1）：1つの数値、または月ごとの値。",
      invoice: "各月の請求額（米ドル）：1セル1か月の行・列。",
      billing: BILLING,
      priceBook: PRICE_BOOK_SHORT,
    },
  },
  FXRATE: {
    description:
      "価格表にある通貨の為替レートをスピルします：1行に、レート（1米ドルあたりの通貨の単位数）、出典、時点を示すので、換算した金額がどのレートを使ったかを示せます。価格表にその通貨のレートがなければ、組み込みのレートを使います。",
    parameters: {
      currency: '通貨コード："JPY"、"EUR"、"GBP" または "USD"（大文字・小文字は区別しません）。',
      priceBook:
        '使う為替レートの価格表：価格表の範囲（作業ウィンドウがワークシート「SupportCost Prices」に書き込む表 SupportCost_Prices など。ブックは日付付きの独自の為替レートをここに保持できます）、または組み込みの版（"seed"（既定値）または "intercom-2026"）。空白は組み込みの seed 版です。',
    },
  },
  CONVERT: {
    description:
      "米ドルの金額を別の通貨に換算し、その通貨の表示形式で返します（円は小数なし）。為替レート（数値、または SUPPORTCOST.FXRATE のレートのセル）を指定すると、どのレートを使ったかが数式に残ります。省略すると価格表のレートを使います。",
    parameters: {
      amount: "米ドルの金額（SUPPORTCOST.TOTAL のセルなど。空白は0）。",
      currency: '換算先の通貨コード："JPY"、"EUR"、"GBP" または "USD"（大文字・小文字は区別しません）。',
      rate: "為替レート：1米ドルあたりの通貨の単位数（1ドル＝¥150なら 150）、またはレートのセル。価格表のレートを使うときは省略してください。デスクトップ版Excelは空白セルを0として渡すため、0と空白セルは受け付けません。",
      priceBook:
        '為替レートを指定しないときに使う価格表：価格表の範囲（SupportCost_Prices など）、または組み込みの版（"seed"（既定値）または "intercom-2026"）。空白は組み込みの seed 版です。',
    },
  },
};
