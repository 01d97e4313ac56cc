// Scope: ui — messages the user must see and dismiss; never saved.
import { create } from 'zustand';

export interface Notice {
  id: number;
  text: string;
}

export interface NoticeState {
  notices: Notice[];
  push(text: string): void;
  dismiss(id: number): void;
}

/** Messages the user must see: an unreadable autosave, a failed save, a restarted or stopped engine. */
export function createNoticeStore() {
  let next = 1;
  return create<NoticeState>()((set) => ({
    notices: [],
    push: (text) => set((s) => ({ notices: [...s.notices.filter((n) => n.text !== text), { id: next++, text }] })),
    dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  }));
}

export type NoticeStore = ReturnType<typeof createNoticeStore>;
