#!/usr/bin/env python3
"""Writes N fictional leak records as JSON lines (DESIGN §4) to stdout, streaming, for the builder's scale
test (src/demo/measure-build-heap.sh). The project's generator (demo generate) keeps its whole dataset in
memory and gives everyone a distinct flat, which it cannot do for a million people; this script draws each
record on its own. Every value is random: names from common characters, numbers in valid formats."""
import json
import random
import sys

SURNAMES = "陳李張黃林劉吳梁何郭周鄭謝馮曾葉蔡羅朱鄧許蘇盧余麥袁潘譚莫鍾楊馬江姚"
GIVEN = "大文小明家偉詠思志俊美玲欣子浩雅麗國強華嘉慧敏婷穎健豪杰"
ESTATES = ["Harmony", "Sunrise", "Lucky", "Garden", "Hillside", "Riverside", "Pine", "Ocean"]
DISTRICTS = ["Sha Tin", "Tai Po", "Tuen Mun", "Kwun Tong", "Wong Tai Sin", "Sham Shui Po"]
CATEGORIES = ["journalist", "student", "teacher", "medic", "social worker", "activist"]
LETTERS = "ABCDEGHKMPRVZ"


def check_digit(body):
    padded = (" " + body) if len(body) == 7 else body
    total = sum((9 - i) * (36 if c == " " else ord(c) - 55 if c.isalpha() else int(c)) for i, c in enumerate(padded))
    check = (11 - total % 11) % 11
    return "A" if check == 10 else str(check)


def record(n, rng):
    name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
    ids = [{"type": "name", "value": name},
           {"type": "phone", "value": rng.choice("96") + "%03d %04d" % (rng.randrange(1000), rng.randrange(10000))}]
    if rng.random() < 0.6:
        body = rng.choice(LETTERS) + "%06d" % rng.randrange(10 ** 6)
        ids.append({"type": "hkid", "value": "%s(%s)" % (body, check_digit(body))})
    if rng.random() < 0.7:
        ids.append({"type": "address", "value": "Flat %s, %d/F, Block %d, %s Estate, %s" % (
            rng.choice("ABCDEFGH"), rng.randint(1, 40), rng.randint(1, 9), rng.choice(ESTATES), rng.choice(DISTRICTS))})
    if rng.random() < 0.4:
        ids.append({"type": "dob", "value": "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2004))})
    if rng.random() < 0.3:
        ids.append({"type": "email", "value": "person%d@example.com" % n})
    if rng.random() < 0.4:
        ids.append({"type": "handle", "value": "@person_%d" % n})
    day = "20%02d-%02d-%02d" % (rng.choice([19, 20, 21]), rng.randint(1, 12), rng.randint(1, 28))
    return {"id": "src-%d" % n, "source": "mirror-%d" % rng.randint(1, 6), "category": rng.choice(CATEGORIES),
            "first_seen": day, "last_seen": day, "identifiers": ids}


def main():
    count = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    out = sys.stdout
    for n in range(1, count + 1):
        out.write(json.dumps(record(n, rng), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
