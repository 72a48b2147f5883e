"""Speaker-gender classification and conversation speaking-time analysis.

* ``features`` — log-mel / MFCC features (an ``nn.Module``) and the SpecAugment settings
* ``model`` — ``cnn_original`` (the original project's CNN) and ``gender_cnn`` (the default)
* ``data`` — manifests → padded batches; ``module`` — Lightning training; ``checkpoint`` — saving/loading
* ``inference`` — ``load_classifier(...).predict(waveforms)``, file classification, evaluation
* ``analyze`` — VAD → gender per segment → speaking time and ratio per gender
* command lines: ``python -m classification.{train,eval,transcribe,analyze}`` (configs in ``configs/classification``)

Label 1 is **female**: every model outputs one logit, and ``sigmoid(logit)`` is P(female).
"""
