/**
 * Parts of the UI a teacher's class link can hide (docs/share-format.md): the palette also takes the Build commands
 * and paste/duplicate with it, the inspector its parameter fields, files the Share/Files menus and file drops,
 * examples the gallery and the teacher panel.
 */
export const HIDEABLE_TOOLS = ['palette', 'inspector', 'files', 'examples'] as const;
export type HideableTool = (typeof HIDEABLE_TOOLS)[number];
