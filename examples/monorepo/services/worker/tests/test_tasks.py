import unittest
import zlib

import tasks


class TasksTest(unittest.TestCase):
    def test_sum_numbers_runs_in_c(self):
        self.assertEqual(tasks.sum_numbers.run([1, 2, 3, 4]), {"count": 4, "total": 10})

    def test_sum_numbers_rejects_overflow(self):
        with self.assertRaises(OverflowError):
            tasks.sum_numbers.run([2**62, 2**62])

    def test_checksum_matches_zlib(self):
        self.assertEqual(tasks.checksum.run("slimline"), zlib.crc32(b"slimline"))

    def test_task_eagerly_through_celery(self):
        tasks.app.conf.task_always_eager = True
        try:
            self.assertEqual(tasks.sum_numbers.delay([5, 6]).get()["total"], 11)
        finally:
            tasks.app.conf.task_always_eager = False


if __name__ == "__main__":
    unittest.main()
