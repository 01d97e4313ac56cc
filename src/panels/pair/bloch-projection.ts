/** View of the Bloch ball: turned 30° about z and tilted 20° towards the viewer, so x, y and z all show. */
const TURN_RAD = Math.PI / 6;
const TILT_RAD = Math.PI / 9;

/** Screen offset (right, down) of a Bloch vector for a ball of radius `radiusPx` drawn as a circle. */
export function projectBloch([x, y, z]: readonly [number, number, number], radiusPx: number): [number, number] {
  const right = x * Math.cos(TURN_RAD) - y * Math.sin(TURN_RAD);
  const towardsViewer = x * Math.sin(TURN_RAD) + y * Math.cos(TURN_RAD);
  const up = z * Math.cos(TILT_RAD) + towardsViewer * Math.sin(TILT_RAD);
  return [right * radiusPx, -up * radiusPx];
}
