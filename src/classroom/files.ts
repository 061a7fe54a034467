/** The classroom files' names, beside each language's story page (shared by the command and the teacher's guide). */
export const CLASSROOM_FILES = {
  /** Presentation mode's slides, one 16:9 page each. */
  slides: 'roundabout-slides.pdf',
  /** The same slides with the teacher's notes shown. */
  notes: 'roundabout-slides-notes.pdf',
  /** The whole site for a USB stick, opened from file:// (one for all languages, at the site's root). */
  pack: 'roundabout-classroom.zip',
} as const;
