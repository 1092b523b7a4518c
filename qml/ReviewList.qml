// The review list: mentions the geoparser left unresolved or placed with low confidence, each
// to be pinned to one of its candidates or rejected. Decisions are stored at once (workspace or
// sidecar file, shown at the foot) and move the mention's claims to the pinned place. With a
// MissedModel, a second tab lists the sentences that probably state control but gave no claim.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sitrep

Rectangle {
    id: root
    required property ReviewModel review
    property MissedModel missed: null
    property ControlModel control: null
    property alias currentTab: tabs.currentIndex
    readonly property var missedList: missedLoader.item // the MissedList, once loaded
    width: tabs.currentIndex === 1 ? 460 : 380
    radius: 5
    color: "#f7fffdf7"
    border.color: "#cfc6b8"
    signal closed()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Text {
                objectName: "reviewTitle"
                Layout.fillWidth: true
                text: tabs.currentIndex === 1 ? qsTr("Possibly missed · %n sentence(s)", "", root.missed.count)
                                              : qsTr("Review · %n mention(s)", "", root.review.count)
                font.family: "DejaVu Sans"; font.pixelSize: 16; font.bold: true; color: "#2b2622"
            }
            ToolButton {
                text: "✕"
                onClicked: root.closed()
            }
        }
        TabBar {
            id: tabs
            objectName: "reviewTabs"
            Layout.fillWidth: true
            visible: root.missed !== null
            font.family: "DejaVu Sans"; font.pixelSize: 12
            TabButton { objectName: "placesTab"; text: qsTr("Places · %1").arg(root.review.count) }
            TabButton { objectName: "missedTab"; text: qsTr("Possibly missed · %1").arg(root.missed ? root.missed.count : 0) }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ColumnLayout {
                spacing: 8
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Names placed with less than %1% confidence, or not at all. Pin the right place or reject the mention.")
                          .arg(Math.round(root.review.lowConfidence * 100))
                    wrapMode: Text.Wrap
                    font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#6b6157"
                }
                Text {
                    objectName: "reviewError"
                    Layout.fillWidth: true
                    visible: root.review.errorString.length > 0
                    text: root.review.errorString
                    wrapMode: Text.Wrap
                    maximumLineCount: 5
                    elide: Text.ElideRight
                    font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#a3322a"
                }
                ListView {
                    id: list
                    objectName: "reviewListView"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 14
                    model: root.review
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ReviewDelegate {
                        width: list.width - 10
                        onPinRequested: (row, placeId) => root.review.pin(row, placeId)
                        onRejectRequested: row => root.review.reject(row)
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: root.review.count === 0
                    text: qsTr("Nothing waits for review.")
                    font.family: "DejaVu Sans"; font.pixelSize: 12; font.italic: true; color: "#7d7468"
                }
            }
            Loader {
                id: missedLoader
                active: root.missed !== null && root.control !== null
                sourceComponent: MissedList {
                    missed: root.missed
                    control: root.control
                }
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Saved to %1").arg(root.review.storeLocation)
            elide: Text.ElideMiddle
            font.family: "DejaVu Sans"; font.pixelSize: 10; color: "#9b9185"
        }
    }
}
