/** Site-wide words: the story's name and the one-line description used in meta tags. */
export const SITE = {
  /** Name of the site and of the story. */
  title: 'Roundabout',
  /** Sub-title shown under the name. */
  tagline: 'How South Korean shells could reach Ukraine without South Korea sending them',
  /** Meta description and Open Graph description. */
  description:
    'An illustrated explainer of a deal still in the works: the United States plans to buy artillery rounds from South Korean companies and pass them on to Ukraine. Meanwhile the US has warned that North Korea is secretly sending shells to Russia.',
  /** Language of every page. */
  lang: 'en',
} as const;
