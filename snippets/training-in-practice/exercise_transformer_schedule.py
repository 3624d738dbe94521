# The schedule of "Attention Is All You Need" as a LearningRateSchedule:
# lr = d_model^-0.5 * min(t^-0.5, t * warmup^-1.5), t counted from 1.
import keras
import numpy as np


class WarmupInverseSqrt(keras.optimizers.schedules.LearningRateSchedule):
    def __init__(self, d_model=512, warmup=4000):
        self.d_model, self.warmup = d_model, warmup

    def __call__(self, step):
        t = keras.ops.cast(step, "float32") + 1.0
        return self.d_model**-0.5 * keras.ops.minimum(
            t**-0.5, t * self.warmup**-1.5
        )

    def get_config(self):
        return {"d_model": self.d_model, "warmup": self.warmup}


schedule = WarmupInverseSqrt()
lr = np.array([float(schedule(s)) for s in range(0, 40_000, 100)])
peak_step = int(np.argmax(lr)) * 100 + 1
print(f"peak at step: {peak_step}")
print(f"peak learning rate: {lr.max():.5f}")
assert abs(peak_step - 4000) <= 100  # the ramp ends at the warm-up
ratio = float(schedule(4 * 4000 - 1)) / float(schedule(4000 - 1))
assert abs(ratio - 0.5) < 1e-3  # then 1/sqrt(t): 4x the steps, half the rate
opt = keras.optimizers.Adam(schedule)  # any optimizer takes a schedule
assert opt.learning_rate is not None
