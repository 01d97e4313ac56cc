// Scope: ui. Whether the glossary dialog is open, and on which entry.
import { create } from 'zustand';

interface GlossaryState {
  open: boolean;
  /** The entry to scroll to and focus, or null for the top. */
  entry: string | null;
}

export const useGlossary = create<GlossaryState>(() => ({ open: false, entry: null }));

export const showGlossary = (entry: string | null = null) => useGlossary.setState({ open: true, entry });
export const closeGlossary = () => useGlossary.setState({ open: false });
