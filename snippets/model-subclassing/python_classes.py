# A Python class primer for Java programmers (plain Python, no Keras).
class Animal:
    count = 0  # class attribute (like a Java static field)

    # the initializer: runs after the object exists
    def __init__(self, name):
        # `self` is Java's `this`, but written explicitly
        self.name = name
        # leading underscore: "private" by convention only
        self._secret = 42
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"


class Dog(Animal):  # `extends Animal`
    def __init__(self, name, tricks=()):
        # Python does NOT call the parent __init__ for you
        super().__init__(name)
        self.tricks = list(tricks)

    # every method is "virtual": overriding just works
    def speak(self):
        return f"{self.name} says woof"


rex = Dog("Rex", ["sit"])  # no `new`: call the class like a function
assert rex.speak() == "Rex says woof" and isinstance(rex, Animal)
assert rex._secret == 42  # nothing stops you: no access modifiers
assert Animal.count == 1


class Forgetful(Animal):
    def __init__(self, name):
        self.nickname = name  # forgot super().__init__(name)


f = Forgetful("Tom")
assert not hasattr(f, "name")  # Animal.__init__ never ran
try:
    f.speak()
except AttributeError as err:
    print("AttributeError:", err)


# Duck typing: no interface needed, anything with .speak() will do.
class Robot:
    def speak(self):
        return "beep"


assert [x.speak() for x in (rex, Robot())] == ["Rex says woof", "beep"]


# super() follows the method resolution order (MRO),
# not just "the parent class".
class A:
    def hello(self):
        return ["A"]


class B(A):
    def hello(self):
        return ["B"] + super().hello()


class C(A):
    def hello(self):
        return ["C"] + super().hello()


# multiple inheritance (Java allows it only for interfaces)
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()


assert [k.__name__ for k in D.__mro__] == ["D", "B", "C", "A", "object"]
assert D().hello() == ["D", "B", "C", "A"]  # B's super() is C here, not A
