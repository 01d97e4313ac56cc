// Scope: UI — whether the Teacher dialog is open; opened from the Examples gallery's head.
import { create } from 'zustand';

export const useTeacherDialog = create<{ open: boolean }>()(() => ({ open: false }));

export const openTeacher = () => useTeacherDialog.setState({ open: true });
