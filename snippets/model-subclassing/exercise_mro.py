# Cooperative __init__: every class calls super().__init__(**kwargs),
# so each runs once.
log = []


class Base:
    def __init__(self, **kwargs):
        log.append("Base")
        super().__init__(**kwargs)  # object.__init__() takes no extra arguments


class Logging(Base):
    def __init__(self, prefix=">", **kwargs):
        log.append("Logging")
        self.prefix = prefix
        super().__init__(**kwargs)


class Timing(Base):
    def __init__(self, clock="wall", **kwargs):
        log.append("Timing")
        self.clock = clock
        super().__init__(**kwargs)


class Job(Logging, Timing):
    def __init__(self, **kwargs):
        log.append("Job")
        super().__init__(**kwargs)


job = Job(prefix="#", clock="cpu")
mro = [c.__name__ for c in Job.__mro__]
assert mro == ["Job", "Logging", "Timing", "Base", "object"]
assert log == ["Job", "Logging", "Timing", "Base"]  # Base runs once, last
# each took its own keyword
assert (job.prefix, job.clock) == ("#", "cpu")
