package org.ecokiosk.cli;

public final class Launcher {
    public static void main(String[] args) {
        System.out.println("eco-kiosk");
    }
}
