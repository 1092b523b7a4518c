#!/usr/bin/env python3
"""Writes N distinct, realistic-looking news articles (plain text with a header block) for the
ingest benchmark: sentences that name Syrian places, parties and times, as the real corpus does.
Deterministic for a given N and seed."""
import os
import random
import sys

PLACES = ["Aleppo", "Hama", "Homs", "Idlib", "Daraa", "Damascus", "Saraqib", "Maarat al-Numan",
          "Khan Shaykhun", "Tal Rifaat", "Manbij", "Deir ez-Zor", "Palmyra", "Suwayda", "Quneitra",
          "Latakia", "Tartus", "Al-Bab", "Rastan", "Talbiseh", "Jisr al-Shughur", "Abu al-Duhur"]
ACTORS = ["Rebels", "Hayat Tahrir al-Sham fighters", "Syrian army troops", "Government forces",
          "Insurgents", "Kurdish-led forces", "Turkish-backed factions", "Opposition fighters"]
VERBS = ["captured", "entered", "withdrew from", "advanced towards", "besieged", "took control of"]
TIMES = ["on Saturday", "late Friday", "within 24 hours", "on Thursday", "overnight", "early on Sunday"]
SPEAKERS = ["a rebel commander said", "state television reported", "residents said",
            "the Syrian Observatory for Human Rights said", "a military source told Reuters"]
OUTLETS = ["Reuters", "AP", "AFP", "Al Jazeera", "BBC", "SANA", "Enab Baladi"]


def article(rng, n):
    day = 27 + n % 14
    month, day = (11, day) if day <= 30 else (12, day - 30)
    lines = [f"title: Fighting around {rng.choice(PLACES)} (report {n})",
             f"source: {rng.choice(OUTLETS)}",
             f"published: 2024-{month:02d}-{day:02d}T{n % 24:02d}:00:00Z",
             "language: en", ""]
    body = []
    for _ in range(rng.randint(6, 14)):
        body.append(f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(PLACES)} {rng.choice(TIMES)}, "
                    f"{rng.choice(SPEAKERS)}.")
    body.append(f"Reference number {n}.")
    return "\n".join(lines) + "\n" + " ".join(body) + "\n"


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: gencorpus.py DIR COUNT [SEED]")
    out, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2024)
    for n in range(count):
        folder = os.path.join(out, f"{n // 1000:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"article-{n:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(article(rng, n))


if __name__ == "__main__":
    main()
