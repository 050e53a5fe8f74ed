"""The scikit-learn half of bench/em-gmm.ts (run that, not this: it writes the data and reads our output).

Usage: /usr/bin/python3 bench/em-gmm-sklearn.py DIR
DIR holds spec.json, x1.f64 (n float64) and x2.f64 (n x 2 float64, row-major), written by em-gmm.ts.
For each case: one warm-up fit, then `repeats` timed fits of
    GaussianMixture(n_components=K, covariance_type="full", tol=0, reg_covar=0, max_iter=iterations,
                    n_init=1, init_params="random_from_data", random_state=0,
                    weights_init=w0, means_init=mu0, precisions_init=inv(Sigma0))
init_params only decides how sklearn builds responsibilities that the three *_init arguments then
override; "random_from_data" is the cheapest choice (the default "kmeans" would run k-means on the
100 000 points first and bill it to EM). Prints one JSON object on stdout.
"""
import json
import os
import platform
import sys
import time
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.mixture import GaussianMixture
from threadpoolctl import threadpool_info


def main(directory):
    with open(os.path.join(directory, "spec.json")) as f:
        spec = json.load(f)
    n = spec["n"]
    repeats = spec["repeats"]
    results = []
    for case in spec["cases"]:
        d = case["d"]
        X = np.fromfile(os.path.join(directory, case["file"]), dtype="<f8").reshape(n, d)
        init = case["init"]
        if d == 1:
            means0 = np.array(init["means"], dtype=float).reshape(-1, 1)
            precisions0 = np.array([[[1.0 / v]] for v in init["variances"]])
        else:
            means0 = np.array(init["means"], dtype=float)
            precisions0 = np.array([np.linalg.inv(np.array(c, dtype=float)) for c in init["covariances"]])
        weights0 = np.array(init["weights"], dtype=float)

        def fit():
            model = GaussianMixture(
                n_components=len(weights0),
                covariance_type="full",
                tol=0,
                reg_covar=0,
                max_iter=case["iterations"],
                n_init=1,
                init_params="random_from_data",
                random_state=0,
                weights_init=weights0,
                means_init=means0,
                precisions_init=precisions0,
            )
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConvergenceWarning)
                model.fit(X)
            return model

        fit()  # warm-up: imports, BLAS thread start-up, page faults on X
        seconds = []
        model = None
        for _ in range(repeats):
            start = time.perf_counter()
            model = fit()
            seconds.append(time.perf_counter() - start)
        assert model is not None and model.n_iter_ == case["iterations"], model.n_iter_
        if d == 1:
            params = {
                "weights": model.weights_.tolist(),
                "means": model.means_[:, 0].tolist(),
                "variances": model.covariances_[:, 0, 0].tolist(),
            }
        else:
            params = {
                "weights": model.weights_.tolist(),
                "means": model.means_.tolist(),
                "covariances": model.covariances_.tolist(),
            }
        results.append({"name": case["name"], "seconds": seconds, "params": params})

    blas = [
        {key: entry.get(key) for key in ("user_api", "internal_api", "version", "architecture", "num_threads", "threading_layer")}
        for entry in threadpool_info()
    ]
    # threadpoolctl only knows OpenBLAS, MKL, BLIS and FlexiBLAS; Debian's numpy links the generic
    # libblas.so.3, which may be the reference (netlib) BLAS. Name the file actually mapped.
    with open("/proc/self/maps") as f:
        mapped = sorted({line.split()[-1] for line in f if "blas" in line.lower() or "lapack" in line.lower()})
    loaded = [
        os.path.realpath(path)
        for path in mapped
        if os.path.basename(path).startswith("lib") and ".cpython-" not in path
    ]
    print(
        json.dumps(
            {
                "python": platform.python_version(),
                "sklearn": sklearn.__version__,
                "numpy": np.__version__,
                "openblasEnv": {key: os.environ.get(key) for key in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")},
                "blas": blas,
                "blasLibraries": sorted(set(loaded)),
                "results": results,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
