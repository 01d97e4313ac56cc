import { bb84DistanceLesson } from './bb84-distance-lesson';
import { decoyLesson } from './decoy-lesson';
import { eavesdropperLesson } from './eavesdropper-lesson';
import type { Lesson } from './lesson';
import { repeaterChainLesson } from './repeater-chain-lesson';
import { satelliteLesson } from './satellite-lesson';
import { trustedRelayLesson } from './trusted-relay-lesson';
import { twinFieldLesson } from './twin-field-lesson';

/** Every guided lesson, in teaching order: one link, then attacks and countermeasures, then networks and space. */
export const LESSONS: readonly Lesson[] = [bb84DistanceLesson, eavesdropperLesson, decoyLesson, twinFieldLesson, trustedRelayLesson, repeaterChainLesson, satelliteLesson];

export function lessonForExample(exampleId: string): Lesson | undefined {
  return LESSONS.find((l) => l.exampleId === exampleId);
}
