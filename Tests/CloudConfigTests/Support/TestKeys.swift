/// Public SSH keys made with `ssh-keygen` for the tests (public halves only; the private halves
/// were thrown away).
enum TestKeys {
    static let ed25519 =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKW47M2qLOyvGMyZ0oAf1ubdL7AtMHLBx3lU0wPVbSzO ops@example.net"
    static let deploy =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINoZygThdfrRxUuyCM01C4p7Wdr3EDDXsKZiF0pUt9gY deploy@example.net"
    static let rsa3072 =
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQCabKA2L6QI6G5fgPvfPvYmTWkZf4g6QE4C5hcHlkqV1H0TNdU1ZK3NkFyH//FLtZScWbBy2eU"
        + "wL7NNw5rIMf0n2RZoKz3nBKXt1IMXvNDZmr+6wGyMJyeR9n1rVJjSs3EKgJZo9g/E9rtr5TladjAsyC7/2fH4K/y86UQMUNDgiAJEk/lt4H8"
        + "CKw7jhGdQRoO4egE+xxtqF7/tEpoCziQf40M8kSlHhICGOYO2/H7ujEBRzSgYGWAjFgebYRFVbnE8JZ1f7aKxE4gjDeU1R5QYPNRtQPACHWQ"
        + "RLoya9OtulP1kwiimorkW6Iynh9y9KHOk6sHC6a2PozMyjaOKUpsligFIM10yjzWNR0CUyheYczCS9g+tbaPdvGEyQibWW20KOUwTwYkx9jO"
        + "iLhIWq2kh8tHNOxcLEpapZi5Wc0i9P+IkxR/NsDYq5RoeATAacckWUi/ePX960jw3w8by+UkjTqRmLTWZlkg2X/2VY6v3GRjTnzZSPm4HHIA"
        + "gwkPUSOs= deploy@example.net"
    static let rsa1024 =
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCXtw2ew8qhApoSVxsobbyTgiDISFSbI06BCLDT3+sb+BkgckXnwl9TIqrK8ojM71o7SHXZ"
        + "idAORFfu8catMEUJsP8ntk4/7MT304460P1ljEWMJZ/FDP9V46/qfyd1r0OJtOU1GrhKzlTVhonuaHnr11vs0mOd1202PLiNklYZNw== short"
    static let ecdsa =
        "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBD2JHdkw872NH+vnE98sC+o7eA6tEGIEsqCUr"
        + "eSE+0agCyS+0C1IVIiuxLTmqNCZecLL9VYw/JBEVTpmEDvHP7w= ec"
}
