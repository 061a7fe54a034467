/** A source that facts may rest on. */
export interface Source {
  /** Short title for source notes. */
  title: string;
  /** What the source is and how we hold it. */
  description: string;
  /** Path of our verbatim copy, relative to the project root. */
  file: string;
}

/** Every source the ledger may cite. Roundabout rests on exactly one. */
export const SOURCES = {
  article: {
    title: 'News report: the US plan to buy South Korean artillery rounds for Ukraine',
    description:
      'A news report on a planned, not yet final, US purchase of 155mm rounds from South Korean manufacturers for Ukraine. Its sources are: a US official; South Korea’s defence ministry; the Pentagon; statements from both the South Korean and the US side; Colin Kahl; Lieutenant Colonel Martin Meiners; a defence official, speaking the week before the report; officials, not named, on readiness; a US warning about North Korea; and President Yoon Suk Yeol. It says the news was first reported by the Wall Street Journal. The US official, the defence official and the officials on readiness are all unnamed, and the report does not say whether any of them are the same people. It is the only source of fact for this site; our copy of it is kept word for word, slips included.',
    file: 'content/sources/article.txt',
  },
} as const satisfies Record<string, Source>;

/** Id of a known source. */
export type SourceId = keyof typeof SOURCES;
