/** Speed of light in vacuum, exact by definition of the metre (SI, 1983). */
export const SPEED_OF_LIGHT_KM_PER_S = 299_792.458;

/** Error rate of a random click: a dark count or background photon is right half the time. */
export const RANDOM_CLICK_ERROR = 0.5;
