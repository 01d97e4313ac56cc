/** One glossary entry: a term, one or two plain sentences, and where the formula comes from when there is one. */
export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
  source?: string;
}

/** Every term the results, charts and inspector use; the glossary dialog lists them in this order. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'secret-key-rate',
    term: 'Secret key rate',
    definition:
      'How many bits of secret key per second the two ends can keep after sifting, error correction and privacy amplification. Zero means no key at all, however many photons arrive.',
    source: 'Decoy-state BB84: Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005), Eqs. (1), (7), (9).',
  },
  {
    id: 'qber',
    term: 'QBER (quantum bit error rate)',
    definition:
      'The share of sifted bits on which the two ends disagree. Above 11 % no BB84 key is possible and the link is marked ⚠ QBER; on a link within reach an eavesdropper is the usual cause, past the distance limit dark counts are.',
  },
  {
    id: 'plob',
    term: 'PLOB bound',
    definition:
      'The most secret key any protocol without a repeater can send over a lossy channel of transmittance η: −log₂(1−η) bits per channel use, here times the repetition rate. Beating it needs a repeater or an untrusted middle station as in twin-field QKD.',
    source: 'Pirandola, Laurenza, Ottaviani, Banchi, Nat. Commun. 8, 15043 (2017).',
  },
  {
    id: 'tgw',
    term: 'TGW bound',
    definition:
      'An earlier repeaterless bound, log₂((1+η)/(1−η)) bits per channel use, about twice the PLOB bound at long distance. QNet Designer draws the tighter PLOB bound, not this one.',
    source: 'Takeoka, Guha, Wilde, Nat. Commun. 5, 5235 (2014).',
  },
  {
    id: 'mu',
    term: 'μ (mean photon number)',
    definition:
      'The average number of photons in each weak laser pulse. A larger μ gives more clicks but more multi-photon pulses an eavesdropper could split, so the engine picks the μ that gives the most key unless you fix it.',
    source: 'Poisson photon statistics of a weak coherent source: Lo, Ma, Chen, PRL 94, 230504 (2005).',
  },
  {
    id: 'decoy-states',
    term: 'Decoy states',
    definition:
      'Pulses sent at other, randomly chosen intensities so the ends can estimate how single photons fare and detect a photon-number-splitting attack. Without decoys every multi-photon click must be assumed known to Eve, which cuts the reach to about 40 km.',
    source: 'Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005): infinite decoys and vacuum + weak decoy.',
  },
  {
    id: 'sifting',
    term: 'Sifting',
    definition:
      'After the photons are measured the two ends compare bases in public and keep only the bits where they used the same one. The sifting factor is the fraction kept.',
  },
  {
    id: 'latency',
    term: 'Latency',
    definition:
      "The time light takes along the request's path: each link's length over the speed of light in it (c/n_g in fibre, with n_g its group index; c in free space), added up hop by hop. Processing and the time to gather a key block are not included.",
    source: 'One-way delay at the group velocity c/n_g; n_g = 1.468 for Corning SMF-28 at 1550 nm (its data sheet).',
  },
  {
    id: 'link-share',
    term: 'Link share',
    definition:
      'Requests routed over the same link take turns on it: its time is split max–min fairly, so each gets an equal share unless it needs less, and what one leaves goes to the others. The share is the fraction of the time a request gets, and its key rate scales with it.',
    source: 'Max–min fairness by progressive filling: Bertsekas, Gallager, Data Networks, 2nd ed., §6.5.2.',
  },
  {
    id: 'transmittance',
    term: 'Transmittance (η)',
    definition:
      'The fraction of the light sent into a link that reaches its far end: η = 10^(−loss/10) with the loss in dB. In fibre the loss is the attenuation times the length plus any insertion loss.',
    source: 'Fibre loss budget: Agrawal, Fiber-Optic Communication Systems, §5.2.',
  },
  {
    id: 'scintillation',
    term: 'Scintillation index (σ_I²)',
    definition:
      'How much turbulence makes the received power flicker: the variance of the power over its mean squared. The average loss stays the same, but the key, which is not proportional to the power, is averaged over the flicker (log-normal); near the distance limit the bright moments still give key.',
    source: 'Log-normal intensity statistics: Andrews & Phillips, Laser Beam Propagation through Random Media, 2nd ed., §5.3; key averaged over the fading: Liorni, Kampermann & Bruß, NJP 21, 093055 (2019).',
  },
  {
    id: 'fidelity',
    term: 'Fidelity',
    definition:
      'How close a delivered entangled pair is to a perfect Bell pair, from 0 to 1. A pair needs a fidelity well above 0.5 before key can be distilled from it.',
  },
  {
    id: 'bell-pair',
    term: 'Bell pair',
    definition:
      'Two qubits in a maximally entangled state, one at each end: measured in the same basis they always agree (or always disagree). Entanglement requests count the pairs delivered per second.',
  },
  {
    id: 'entanglement-swapping',
    term: 'Entanglement swapping',
    definition:
      'A repeater holding one half of two pairs measures its two halves together, which leaves the far ends entangled with each other. It joins short links into a long one, at some loss of fidelity.',
    source: 'Żukowski, Zeilinger, Horne, Ekert, PRL 71, 4287 (1993); gate noise after Dür, Briegel, Cirac, Zoller, PRA 59, 169 (1999).',
  },
  {
    id: 'purification',
    term: 'Purification',
    definition:
      'Two noisy pairs are combined into one better pair, succeeding only some of the time: fidelity goes up, the pair rate goes down.',
    source: 'BBPSSW: Bennett et al., PRL 76, 722 (1996); DEJMPS: Deutsch et al., PRL 77, 2818 (1996).',
  },
  {
    id: 'trusted-node',
    term: 'Trusted node',
    definition:
      'A station that makes key with each neighbour and passes it on hop by hop. It lets key travel any distance, but whoever controls the node can read the key.',
  },
  {
    id: 'repeater',
    term: 'Quantum repeater',
    definition:
      'A node with quantum memories that swaps (and may purify) entanglement between neighbouring links, so distant ends share pairs without having to trust it.',
    source: 'Briegel, Dür, Cirac, Zoller, PRL 81, 5932 (1998).',
  },
  {
    id: 'dark-counts',
    term: 'Dark counts',
    definition:
      'Clicks of a detector when no photon arrived. They are right only half the time, so on long links, where real photons are rare, they push the QBER up until no key is left.',
  },
  {
    id: 'detector-efficiency',
    term: 'Detector efficiency',
    definition: 'The chance that a photon reaching the detector makes it click. It multiplies the channel transmittance, so it counts like extra loss.',
  },
  {
    id: 'dead-time',
    term: 'Dead time',
    definition:
      'After a click the detector is blind for a short time. At high click rates this caps the counts and so the key rate.',
    source: 'Non-paralyzable model R/(1+Rτ): Knoll, Radiation Detection and Measurement, §4.VII.',
  },
  {
    id: 'misalignment',
    term: 'Misalignment',
    definition:
      'The chance that a photon ends up in the wrong polarisation or phase state on its way, flipping the bit. It sets a floor on the QBER even on a short link.',
  },
  {
    id: 'twin-field',
    term: 'Twin-field QKD',
    definition:
      'Both ends send weak pulses to an untrusted station in the middle that interferes them. The key falls only with the square root of the channel transmittance, so it can beat the PLOB bound.',
    source: 'Sending-or-not-sending: Wang, Yu, Hu, PRA 98, 062323 (2018).',
  },
  {
    id: 'bbm92',
    term: 'BBM92',
    definition:
      'Key from entangled photon pairs: a source sends one photon of each pair to each end, which measure in random bases and keep the matching ones, as in BB84.',
    source: 'Bennett, Brassard, Mermin, PRL 68, 557 (1992); source model of Ma, Fung, Lo, PRA 76, 012307 (2007).',
  },
  {
    id: 'finite-key',
    term: 'Finite key',
    definition:
      'Real runs collect blocks of limited size, so the error and yield estimates carry statistical uncertainty that must be paid for in key. A smaller block gives less key per second, or none.',
    source: 'Fluctuation bound at 5 σ of Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005), §V.',
  },
  {
    id: 'decoy-settings',
    term: 'Chosen decoy settings',
    definition:
      'With this ticked the engine picks the weak decoy intensity ν together with μ (and, for finite blocks, how the block is shared between signal, decoy and vacuum) to give the most key; it is never less than with ν as set. With infinitely long blocks the best ν is as weak as allowed, which reaches the infinite-decoy key.',
    source: 'Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005), §IV-B and §V; Nelder–Mead search, Comput. J. 7, 308 (1965).',
  },
  {
    id: 'memory-cutoff',
    term: 'Memory cut-off',
    definition:
      'How long a stored half of a pair may wait for its partner before it is thrown away and made again: a cut-off trades pairs per second for fidelity. With this ticked the engine chooses one cut-off for the chain and the purification rounds, for the most pairs per second above the minimum fidelity (or, with none set, the most key).',
    source: 'Seeded Monte Carlo of the chain (Briegel et al., PRL 81, 5932 (1998) nesting); with perfect memories no cut-off is best.',
  },
];

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((e) => e.id === id);
}
