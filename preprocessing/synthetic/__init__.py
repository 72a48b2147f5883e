"""What makes the embedded synthetic corpus (``python -m preprocessing synth``).

Nothing in the rest of ``preprocessing/`` imports this package: the library both
tasks use stays free of it. Modules, in the order a corpus is made:

* text: :mod:`.hangul` (syllable arithmetic, particles), :mod:`.numbers` (numbers in
  Hangul), :mod:`.conjugation` (verbs), :mod:`.lexicon` (word lists from ``data/*.yaml``),
  :mod:`.templates` (one sentence around one word), :mod:`.generation` (the sentence set);
* sound: :mod:`.voice` (espeak-ng and the microphone channel), :mod:`.speakers` (who says
  what, in the 자유대화 layout), :mod:`.rooms` (simulated rooms), :mod:`.noise` (household
  noises), :mod:`.noisy` (noisy copies in the household-noise layout);
* :mod:`.ood` (the out-of-domain test sets) and :mod:`.corpus` (the whole build).

Everything it makes is synthetic; see ``docs/synthetic_world.md``.
"""
