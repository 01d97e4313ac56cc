/** View of the Bloch ball: turned 40° about z and tilted 25° towards the viewer, so x and y arrows show at similar lengths. */
const TURN_RAD = (2 * Math.PI) / 9;
const TILT_RAD = (5 * Math.PI) / 36;

/** Screen offset (right, down) of a Bloch vector for a ball of radius `radiusPx` drawn as a circle. */
export function projectBloch([x, y, z]: readonly [number, number, number], radiusPx: number): [number, number] {
  const right = x * Math.cos(TURN_RAD) - y * Math.sin(TURN_RAD);
  const towardsViewer = x * Math.sin(TURN_RAD) + y * Math.cos(TURN_RAD);
  const up = z * Math.cos(TILT_RAD) + towardsViewer * Math.sin(TILT_RAD);
  return [right * radiusPx, -up * radiusPx];
}
