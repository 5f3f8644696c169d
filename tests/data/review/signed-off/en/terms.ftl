### Shared words. Each is a Fluent term, so every message uses the same word for the same thing.
### Translators: pick the standard word a lay reader of your language knows.
### If your grammar needs other forms (cases, plural), add attributes or variants here and use them in the messages.
### Terms take no variables.

# The thin, soft tube that is put near the spine (medical word: catheter).
-tube = tube
# The medical word for the tube. Used once, where it is explained.
-catheter = catheter
# The space just outside the sac that holds the spinal cord and nerves: between the bones of the spine and
# the tough outer layer of the sac (the dura). Medical word: epidural space. Used once, where it is explained.
-epidural-space = epidural space
# The space inside that sac, filled with spinal fluid, in plain words
# (medical word: subarachnoid or intrathecal space; see -fluid-space-medical).
-fluid-space = spinal fluid space
# NEW. The medical names of the spinal fluid space, as patients meet them on consent forms and discharge papers.
# Used once, next to the plain words. Keep both names if your medical language uses both.
-fluid-space-medical = subarachnoid or intrathecal space
# The doctors and nurses who look after the patient.
-care-team = care team
# Live x-ray that shows moving pictures on a screen (medical word: fluoroscopy).
-live-x-ray = live x-ray
# The medical word for live x-ray. Used once, where it is explained.
-fluoroscopy = fluoroscopy
# A CT scan: a test that uses x-rays to take detailed pictures. "CT" may stay as it is.
-ct-scan = CT scan
# Strong pain medicine (medical word: opioid).
-opioid = opioid
# A medicine that calms swelling (medical word: steroid).
-steroid = steroid
# Medicine that numbs (medical word: local anesthetic).
-numbing-medicine = numbing medicine
# The part of the spine in the neck and upper back (cervical and thoracic spine).
# Used after "in the" / "in your": "in your neck or upper back".
-upper-spine = neck or upper back
# The part of the spine in the lower back, down to the tailbone (lumbar and sacral spine). The tailbone area is
# named because these codes also cover a shot through a small natural opening just above the tailbone
# (medical word: caudal). Used after "in the" / "in your": "in your lower back or tailbone area".
-lower-spine = lower back or tailbone area
