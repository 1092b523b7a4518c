// The workspace strip over the map: which workspace is open, Open…, the watched folder and its
// toggle, the progress of a background ingest and its one-line summary. Files and folders
// dropped anywhere on the window are ingested into the open workspace.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Sitrep

Item {
    id: root
    required property ControlModel control
    property QtObject review: null
    property QtObject briefing: null
    readonly property WorkspaceController controller: controller

    WorkspaceController {
        id: controller
        control: root.control
        review: root.review
        briefing: root.briefing
    }

    DropArea {
        id: drop
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: (event) => {
            if (event.hasUrls) {
                controller.ingestUrls(event.urls)
                event.accept(Qt.CopyAction)
            }
        }
    }
    Rectangle {
        anchors.fill: parent
        visible: drop.containsDrag
        color: "#302b6cb0"
        border.color: "#2b6cb0"
        border.width: 3
        Label {
            anchors.centerIn: parent
            text: qsTr("Drop articles or folders to ingest them into the workspace")
            font.pixelSize: 18
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open or create a workspace")
        nameFilters: [qsTr("Workspaces (*.gpkg)"), qsTr("All files (*)")]
        fileMode: FileDialog.SaveFile
        options: FileDialog.DontConfirmOverwrite
        onAccepted: controller.open(selectedFile.toString())
    }
    FolderDialog {
        id: watchDialog
        title: qsTr("Watch a folder for new articles")
        onAccepted: {
            controller.watchFolder = selectedFolder.toString()
            controller.watching = true
        }
    }

    Rectangle {
        id: bar
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 12
        width: Math.min(row.implicitWidth + 16, root.width - 24)
        height: row.implicitHeight + 10
        radius: 4
        color: "#e6fbfaf6"
        border.color: "#c9c2b5"

        RowLayout {
            id: row
            anchors.fill: parent
            anchors.margins: 5
            spacing: 8

            Label {
                Layout.maximumWidth: 320
                elide: Text.ElideMiddle
                text: controller.location.length > 0 ? controller.location
                                                     : qsTr("Scenario workspace")
                ToolTip.visible: locationHover.hovered
                ToolTip.text: controller.target
                HoverHandler { id: locationHover }
            }
            Button {
                text: qsTr("Open…")
                onClicked: openDialog.open()
            }
            Switch {
                id: watchSwitch
                text: controller.watchFolder.length > 0 ? qsTr("Watch") : qsTr("Watch…")
                checked: controller.watching
                onToggled: {
                    if (controller.watchFolder.length === 0) {
                        checked = false
                        watchDialog.open()
                    } else {
                        controller.watching = checked
                    }
                }
                ToolTip.visible: hovered && controller.watchFolder.length > 0
                ToolTip.text: controller.watchFolder
            }
            ProgressBar {
                visible: controller.busy
                Layout.preferredWidth: 120
                value: controller.progress
            }
            Label {
                Layout.maximumWidth: 520
                elide: Text.ElideRight
                text: controller.busy ? controller.progressText : controller.summary
                color: "#4a4339"
                ToolTip.visible: summaryHover.hovered && text.length > 0
                ToolTip.text: text
                HoverHandler { id: summaryHover }
            }
        }
    }

    ErrorBanner {
        anchors.bottom: bar.top
        anchors.left: bar.left
        anchors.bottomMargin: 8
        message: controller.errorString
        TapHandler { onTapped: controller.clearError() }
    }
}
