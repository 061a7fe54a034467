/** Site-wide words: the story's name and the one-line description used in meta tags. */
export const SITE = {
  /** Name of the site and of the story. */
  title: 'Roundabout',
  /** Sub-title shown under the name. */
  tagline: 'How South Korean shells can reach Ukraine without Seoul sending them',
  /** Meta description and Open Graph description. */
  description:
    'An illustrated explainer: the United States plans to buy artillery rounds from South Korean makers and pass them to Ukraine, while North Korea secretly ships shells to Russia.',
  /** Language of every page. */
  lang: 'en',
} as const;
