import type { pricesLine as en } from "../en/pricesLine";

export const pricesLine: Record<keyof typeof en, string> = {
  "prices.oldest": "最も古い価格は {date} 時点です。",
  "prices.noneStale": "12か月以上前の価格はありません。",
  "prices.stale": "{count} 件の価格が12か月以上前のものです。数値を使う前に確認してください。",
  "prices.builtInBook": "組み込みの価格表 ({edition})",
  "prices.workbookBook": "ブックの価格表 ({address})",
  "prices.workbookBookNote": "ブックの価格表 ({address}、{note})",
  "prices.lastGoodBook": "最後に問題なく読み込めたときのブックの価格表 ({address})",
  "prices.lastGoodBookEarlier": "最後に問題なく読み込めたときのブックの価格表 (以前の読み込み)",
  "prices.edition.seed": "初期リスト (既定)",
  "prices.edition.intercom2026": "Intercom 2026 年の課金体系 (成果課金)",
};
